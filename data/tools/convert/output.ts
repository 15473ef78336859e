import { toCsv, type Row } from './csv';
import { assert } from './errors';

/** The files a run produces, by path under data/: exactly the files the converter owns. */
export class Output {
  readonly files = new Map<string, string>();

  csv(relPath: string, header: readonly string[], rows: readonly Partial<Row>[]): void {
    this.text(relPath, toCsv(header, rows, relPath));
  }

  text(relPath: string, text: string): void {
    assert(!this.files.has(relPath), `${relPath} is written twice`);
    this.files.set(relPath, text);
  }
}
