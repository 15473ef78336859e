import type { DataIssue } from '@/domain/issues';
import type { CoreMessages } from './vi';

/** "Dòng 14, cột score: '8,5x' — không phải là số". */
export function describeIssue(issue: DataIssue, t: CoreMessages): string {
  const where = t.issueAt(issue.line, issue.column);
  const value = issue.raw ? ` '${issue.raw}'` : '';
  const detail = issue.detail ? ` (${issue.detail})` : '';
  return `${where}:${value} ${t.issueKinds[issue.kind]}${detail}`;
}
