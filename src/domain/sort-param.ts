/** How a table is sorted: a column and a direction. */
export interface SortSpec<K extends string> {
  key: K;
  descending: boolean;
}

/**
 * A table's sort as the URL writes it: "score" ascending, "-score" descending. The default is left out
 * of the URL, and anything unknown reads as the default.
 */
export function sortParamCodec<K extends string>(keys: readonly K[], fallback: SortSpec<K>) {
  return {
    parse(text: string | undefined): SortSpec<K> {
      const descending = text?.startsWith('-') ?? false;
      const key = keys.find((k) => k === (descending ? text?.slice(1) : text));
      return key ? { key, descending } : fallback;
    },
    serialize(spec: SortSpec<K>): string | undefined {
      return spec.key === fallback.key && spec.descending === fallback.descending ? undefined : `${spec.descending ? '-' : ''}${spec.key}`;
    },
  };
}
