import { describe, expect, it } from 'vitest';
import { analyzeImport } from '@/domain/import/analyze';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { describeIssue } from './describe-issue';
import { en } from './en';
import { vi } from './vi';

// Made-up test tables written inline, not real results; the names are real units.
const catalog = loadBundledCatalog();
const settings = (year: number) => ({ fileName: 'test-not-real.csv', index: 'par', year, source: 'nq-202-2025-qh15' });
const HEADER = 'Tỉnh/thành phố;Chỉ số (%);Xếp hạng';

describe('the text of a unit named in a year it did not exist', () => {
  it('names the successor in both languages', () => {
    const [issue] = analyzeImport(`${HEADER}\nCần Thơ;89;1\nHậu Giang;80;2`, settings(2025), catalog).issues;
    if (!issue) throw new Error('no issue');
    expect(describeIssue(issue, vi)).toBe('Dòng 3, cột Tỉnh/thành phố: Hậu Giang không còn từ 01/07/2025; năm 2025 thuộc Cần Thơ (từ 2025). Hãy sửa tên trong tệp, hoặc chọn đúng năm của bảng.');
    expect(describeIssue(issue, en)).toBe('Line 3, column Tỉnh/thành phố: Hậu Giang no longer exists from 01/07/2025; in 2025 it is part of Can Tho (from 2025). Correct the name in the file, or choose the year the table is of.');
  });

  it('says what it was before for a unit not yet formed', () => {
    const [issue] = analyzeImport(`${HEADER}\nN25-can-tho;89;1`, settings(2024), catalog).issues;
    if (!issue) throw new Error('no issue');
    expect(describeIssue(issue, vi)).toContain('Cần Thơ (từ 2025) chỉ có từ 01/07/2025; năm 2024 là Cần Thơ, Hậu Giang và Sóc Trăng');
  });
});
