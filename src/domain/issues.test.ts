import { describe, expect, it } from 'vitest';
import { asDataFileError, DataFileError, errorText, missingFileError } from './issues';

describe('errors of files', () => {
  it('says what any thrown value says', () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(errorText('aborted')).toBe('aborted');
    expect(errorText(404)).toBe('404');
  });

  it('names the file that could not be had, keeping a DataFileError as it is', () => {
    const missing = missingFileError('par/2024.csv', 'HTTP 404');
    expect(missing.issues).toEqual([{ file: 'par/2024.csv', line: 0, kind: 'missing-file', detail: 'HTTP 404' }]);
    expect(asDataFileError(missing, 'other.csv')).toBe(missing);
    const wrapped = asDataFileError(new Error('offline'), 'sipas/2024.csv');
    expect(wrapped).toBeInstanceOf(DataFileError);
    expect(wrapped.issues).toEqual([{ file: 'sipas/2024.csv', line: 0, kind: 'missing-file', detail: 'offline' }]);
  });
});
