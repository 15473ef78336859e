// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '@/domain/issues';
import { loadMessages } from '@/i18n/messages';
import { IssuesReport, ISSUES_PER_PAGE } from './issues-report';

// Made-up problems of a made-up file, for the test only.
const duplicate = (line: number): DataIssue => ({ file: 'test-duplicates.csv', line, kind: 'duplicate-row', column: 'Tỉnh', raw: 'Cần Thơ' });

describe('IssuesReport', () => {
  beforeAll(() => loadMessages('vi'));
  afterEach(cleanup);

  it('counts millions of problems by kind and lists only the first', () => {
    const issues = Array.from({ length: 1000 }, (_, i) => duplicate(i + 3));
    render(<IssuesReport issues={issues} total={2_300_001} counts={{ 'duplicate-row': 2_300_000, 'field-count': 1 }} />);
    const report = screen.getByRole('alert');
    expect(within(report).getByRole('list', { name: 'Số lỗi theo loại' }).textContent).toBe('dòng trùng lặp (cùng đơn vị và thành phần): 2.300.000số ô của dòng không khớp với số cột của dòng tiêu đề (thiếu ô, hoặc dấu phân cách nằm trong giá trị mà không có ngoặc kép): 1');
    expect(within(report).getAllByRole('listitem')).toHaveLength(2 + ISSUES_PER_PAGE);
    expect(report.textContent).toContain('2.300.001 lỗi: chưa áp dụng gì');
    expect(report.textContent).toContain('1.000 lỗi đầu tiên:');
    expect(report.textContent).toContain('… và 2.299.001 lỗi khác');
    expect(within(report).getByRole('navigation', { name: 'Các trang của danh sách lỗi' }).textContent).toContain('Trang 1/67');
  });

  it('shows the kept problems a page at a time', () => {
    const issues = Array.from({ length: 40 }, (_, i) => duplicate(i + 3));
    render(<IssuesReport issues={issues} />);
    const report = screen.getByRole('alert');
    expect(report.textContent).toContain('Dòng 3,');
    fireEvent.click(within(report).getByRole('button', { name: 'Trang sau →' }));
    expect(report.textContent).not.toContain('Dòng 3,');
    expect(report.textContent).toContain(`Dòng ${3 + ISSUES_PER_PAGE},`);
    expect(within(report).getAllByRole('listitem')).toHaveLength(ISSUES_PER_PAGE);
  });

  it('lists a few problems without counts by kind, with found and expected fields in words', () => {
    render(<IssuesReport issues={[{ file: 'test.csv', line: 4, kind: 'field-count', detail: '10/9' }]} counts={{ 'field-count': 1 }} />);
    const report = screen.getByRole('alert');
    expect(within(report).queryByRole('list', { name: 'Số lỗi theo loại' })).toBeNull();
    expect(report.textContent).toContain('Dòng 4: số ô của dòng không khớp với số cột của dòng tiêu đề (thiếu ô, hoặc dấu phân cách nằm trong giá trị mà không có ngoặc kép) (10 ô, dòng tiêu đề có 9 cột)');
  });
});
