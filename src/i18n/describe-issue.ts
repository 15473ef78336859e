import type { DataIssue } from '@/domain/issues';
import type { CoreMessages } from './vi';

const FOUND_EXPECTED = /^(\d+)\/(\d+)$/;

/** The facts in parentheses: "(10 ô, dòng tiêu đề có 9 cột)", "(0–100)". */
function detailOf(issue: DataIssue, t: CoreMessages): string {
  if (!issue.detail) return '';
  const counted = t.issueCounted[issue.kind];
  const numbers = FOUND_EXPECTED.exec(issue.detail);
  return ` (${counted && numbers ? counted(Number(numbers[1]), Number(numbers[2])) : issue.detail})`;
}

/** "Hậu Giang không còn từ 01/07/2025; năm 2025 thuộc Cần Thơ (từ 2025)". */
function unitChangeOf(issue: DataIssue, t: CoreMessages): string | undefined {
  const change = issue.unitChange;
  if (!change) return undefined;
  const say = issue.kind === 'unit-ended' ? t.unitEnded : t.unitNotYetFormed;
  return `${say(issue.raw ?? '', change.date, change.year, change.instead)}. ${t.unitChangeHint}`;
}

/** "Dòng 14, cột score: '8,5x' — không phải là số". */
export function describeIssue(issue: DataIssue, t: CoreMessages): string {
  const where = t.issueAt(issue.line, issue.column);
  const change = unitChangeOf(issue, t);
  if (change) return `${where}: ${change}`;
  const value = issue.raw ? ` '${issue.raw}'` : '';
  return `${where}:${value} ${t.issueKinds[issue.kind]}${detailOf(issue, t)}`;
}
