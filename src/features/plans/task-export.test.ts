import { describe, expect, it } from 'vitest';
import type { Task } from '@/domain/plans-types';
import { tasksCanonicalTable, tasksExportTable } from './task-export';

const task: Task = {
  id: 'T1', plan: 'kh-153', textVi: 'Công khai danh sách hộ nghèo', textEn: 'Publish poor-household lists', responsible: 'snv', cooperating: ['ubnd', 'mttq'],
  deadline: '2025-06-30', index: 'papi', components: ['D2', 'SC22'], status: 'in_progress', updated: '2025-05-01', note: '', sources: ['s1'], line: 2,
};
const columns = { task: 'Nhiệm vụ', plan: 'Kế hoạch', responsible: 'Chủ trì', cooperating: 'Phối hợp', deadline: 'Thời hạn', components: 'Thành phần', status: 'Trạng thái', updated: 'Cập nhật' };

describe('task exports', () => {
  it('write the status as of today: a task past its deadline and not done is overdue', () => {
    const table = tasksExportTable([task], '2026-11-25', columns, (x) => x.textVi, (s) => s);
    expect(table.rows[0]).toEqual(['Công khai danh sách hộ nghèo', 'kh-153', 'snv', 'ubnd; mttq', '2025-06-30', 'papi D2 SC22', 'overdue', '2025-05-01']);
  });

  it('write the schema of data/plans/tasks.csv', () => {
    const table = tasksCanonicalTable([task]);
    expect(table.header[0]).toBe('id');
    expect(table.rows[0]).toEqual(['T1', 'kh-153', 'Công khai danh sách hộ nghèo', 'Publish poor-household lists', 'snv', 'ubnd;mttq', '2025-06-30', 'papi', 'D2;SC22', 'in_progress', '2025-05-01', '', 's1']);
  });
});
