/**
 * Bytes decoded at a time. The text of a piece stays below V8's large-object size (128 kB), so it
 * dies young with the rows parsed from it. File.stream() gives up to 2 MB at once, whose text went
 * straight to the old generation and waited there for a full garbage collection (a 1M-row import
 * held ~75 MB more at its peak).
 */
export const PIECE_BYTES = 64 * 1024;

/** A file's bytes in pieces of at most PIECE_BYTES, as File.stream() reads them. Leaving the loop early cancels the reading. */
export async function* filePieces(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      for (let at = 0; at < chunk.value.length; at += PIECE_BYTES) yield chunk.value.subarray(at, at + PIECE_BYTES);
    }
  } finally {
    await reader.cancel();
  }
}
