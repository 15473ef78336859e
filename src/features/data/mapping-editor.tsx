import type { ColumnTarget } from '@/domain/import/mapping';
import type { Component } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { Pager, usePaging } from './pager';
import { shortIn } from '@/i18n/names';

const SIMPLE: ColumnTarget['kind'][] = ['unit', 'total', 'rank', 'rank_of', 'ignore'];
/** Columns shown at a time: a table of many columns stays a screenful, whatever the file. */
export const MAPPING_COLUMNS_PER_PAGE = 8;

const encode = (target: ColumnTarget) => (target.kind === 'component' ? `component:${target.code}` : target.kind);
function decode(value: string): ColumnTarget {
  if (value.startsWith('component:')) return { kind: 'component', code: value.slice('component:'.length) };
  return { kind: value as Exclude<ColumnTarget['kind'], 'component'> } as ColumnTarget;
}

interface MappingEditorProps {
  header: readonly string[];
  preview: readonly string[][];
  targets: readonly ColumnTarget[];
  components: readonly Component[];
  onChange: (targets: ColumnTarget[]) => void;
}

/** One select per column of a wide table, with the first rows under it to check against; a page of columns at a time. */
export function MappingEditor({ header, preview, targets, components, onChange }: MappingEditorProps) {
  const t = useMessages().data;
  const lang = useLang();
  const paging = usePaging(header.length, MAPPING_COLUMNS_PER_PAGE);
  const columns = header.slice(paging.start, paging.end).map((label, i) => ({ label, at: paging.start + i }));
  const target = (at: number) => targets[at] ?? { kind: 'ignore' };
  return (
    <div>
      <div className="table-scroll">
        <table className="mapping">
          <caption>{t.mappingTitle}</caption>
          <thead>
            <tr>
              {columns.map(({ label, at }) => (
                <th key={at} scope="col">
                  <label>
                    {label || `#${at + 1}`}
                    <select value={encode(target(at))} onChange={(e) => onChange(header.map((_, j) => (j === at ? decode(e.target.value) : target(j))))}>
                      {SIMPLE.map((kind) => (
                        <option key={kind} value={kind}>
                          {t.targets[kind]}
                        </option>
                      ))}
                      {components.map((c) => (
                        <option key={c.code} value={`component:${c.code}`}>
                          {`${t.targets.component}: ${c.code} · ${shortIn(c, lang)}`}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, r) => (
              <tr key={r}>
                {columns.map(({ at }) => (
                  <td key={at}>{row[at] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager paging={paging} label={t.mappingPages} position={t.columnsOf(paging.start + 1, paging.end, header.length)} />
    </div>
  );
}
