import { toCsv, type Row } from './csv';
import { assert } from './errors';

/** The files a run produces, by path under data/: exactly the files the converter owns. */
export class Output {
  readonly files = new Map<string, string>();

  csv(relPath: string, header: readonly string[], rows: readonly Partial<Row>[]): void {
    this.text(relPath, toCsv(header, rows, relPath));
  }

  /** A later step's new version of a file already written (the 2026-12 merges and corrections). */
  replace(relPath: string, text: string): void {
    assert(this.files.has(relPath), `${relPath} is replaced before it is written`);
    this.files.set(relPath, text);
  }

  text(relPath: string, text: string): void {
    assert(!this.files.has(relPath), `${relPath} is written twice`);
    this.files.set(relPath, text);
  }
}
