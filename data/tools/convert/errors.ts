/** A rule of the conversion was broken: the run stops and nothing is written. */
export class ConversionError extends Error {}

export function fail(message: string): never {
  throw new ConversionError(message);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}
