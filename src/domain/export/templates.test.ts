import { describe, expect, it } from 'vitest';
import { PLAN_FILES } from '@/domain/plans-types';
import { readData } from '@/domain/testing/bundled-data';
import { CANONICAL_HEADER } from './canonical';
import { templateCsv } from './templates';

describe('templates for staff', () => {
  it.each(['tasks', 'targets'] as const)('an empty %s file with the header of the bundled plan file, BOM first, ready to import', (file) => {
    const bundled = readData(PLAN_FILES[file]);
    expect(templateCsv(file)).toBe(`\uFEFF${bundled.split(/\r?\n/)[0]}\r\n`);
  });

  it('an empty figures file with the header of a yearly index file', () => {
    expect(templateCsv('figures')).toBe(`\uFEFF${CANONICAL_HEADER.join(',')}\r\n`);
  });
});
