import { describe, expect, it } from 'vitest';
import type { DataIssue } from './issues';
import { parsePlanCore } from './plans-parse';
import { parseTargets } from './plans-parse-targets';
import { parseTasks } from './plans-parse-tasks';
import { tinyCatalog } from './testing/tiny-catalog';
import { TINY_PLAN_TEXTS, tinyPlanData } from './testing/tiny-plans';

const catalog = tinyCatalog();
const core = tinyPlanData(catalog);
const header = (text: string) => text.split('\n')[0] ?? '';
const only = (issues: DataIssue[]) => issues.map(({ file, line, column, kind }) => ({ file, line, column, kind }));

describe('reading the plan files', () => {
  it('reads the plans in order of adoption, with issuers, indices and the units they concern', () => {
    expect(core.plans.map((p) => [p.code, p.date, p.issuers, p.indices, p.otherIndices, p.unit, p.baselineYear])).toEqual([
      ['qd-4168-2021', '2021-12-27', ['ubnd-tp'], ['papi'], [], 'P59', undefined],
      ['kh-101-2025', '2025-10-02', ['ubnd-tp'], ['par', 'papi'], ['PCI'], 'N25-can-tho', 2024],
    ]);
    expect(core.targets[0]).toMatchObject({ plan: 'qd-4168-2021', goal: { kind: 'rank-at-most', rank: 15 }, targetYear: 2025, line: 2 });
    expect(core.tasks.map((t) => [t.id, t.responsible, t.cooperating, t.components, t.status, t.line])).toEqual([
      ['T1', 'snv', ['stp'], ['D1', 'SC11'], 'in_progress', 2],
      ['T2', 'stp', [], ['D1'], 'not_started', 3],
      ['T3', 'snv', [], [], 'done', 4],
    ]);
  });

  it('lists the agencies in the alphabetical order of their Vietnamese names, not the order of the file', () => {
    expect([...core.agencies.values()].map((a) => a.nameVi)).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Ủy ban nhân dân thành phố Cần Thơ']);
  });

  it('accepts a tasks file with a header and no rows, as bundled', () => {
    expect(parseTasks(header(TINY_PLAN_TEXTS.tasks), catalog, core)).toEqual({ tasks: [], issues: [] });
  });

  it.each([
    ['an unknown issuer', 'x,1/KH,plan,2024-01-01,T,,nobody,2024,,papi,,P59,,,,s1,', 'issuer', 'unknown-agency'],
    ['an unknown index', 'x,1/KH,plan,2024-01-01,T,,snv,2024,,pci,,P59,,,,s1,', 'indices', 'unknown-index'],
    ['an unknown unit', 'x,1/KH,plan,2024-01-01,T,,snv,2024,,papi,,P99,,,,s1,', 'unit', 'unknown-unit'],
    ['a date not in ISO form', 'x,1/KH,plan,12/07/2022,T,,snv,2022,,papi,,P59,,,,s1,', 'date', 'not-a-date'],
    ['an unknown kind', 'x,1/KH,law,2024-01-01,T,,snv,2024,,papi,,P59,,,,s1,', 'kind', 'unknown-value'],
    ['a period that ends before it starts', 'x,1/KH,plan,2024-01-01,T,,snv,2024,2020,papi,,P59,,,,s1,', 'to_year', 'out-of-range'],
    ['no source', 'x,1/KH,plan,2024-01-01,T,,snv,2024,,papi,,P59,,,,,', 'source', 'missing-value'],
    ['a duplicated code', 'kh-101-2025,1/KH,plan,2024-01-01,T,,snv,2024,,papi,,P59,,,,s1,', 'code', 'duplicate-row'],
  ])('reports a plan with %s at its line and column', (_, row, column, kind) => {
    const { core: result, issues } = parsePlanCore({ ...TINY_PLAN_TEXTS, plans: `${TINY_PLAN_TEXTS.plans}${row}\n` }, catalog);
    expect(result).toBeUndefined();
    expect(only(issues)).toEqual([{ file: 'plans/plans.csv', line: 4, column, kind }]);
  });

  it.each([
    ['an unknown plan', 'kh-999,papi,total,P59,rank-at-most,15,,2025,,s1', 'plan', 'unknown-plan'],
    ['an unknown component', 'kh-101-2025,papi,D9,P59,rank-at-most,15,,2025,,s1', 'component', 'unknown-component'],
    ['a rank that is not a whole number', 'kh-101-2025,papi,total,P59,rank-at-most,15.5,,2025,,s1', 'value', 'not-an-integer'],
    ['a score off the scale', 'kh-101-2025,papi,total,P59,score-at-least,85,,2025,,s1', 'value', 'out-of-range'],
    ['a score with a decimal comma', 'kh-101-2025,papi,total,P59,score-at-least,"45,5",,2025,,s1', 'value', 'not-a-number'],
    ['an unknown group band', 'kh-101-2025,papi,total,P59,group,top,,2025,,s1', 'value', 'unknown-value'],
    ['a group position without its group', 'kh-101-2025,papi,total,P59,top-in-group,5,,2025,,s1', 'group', 'missing-value'],
    ['an unknown group', 'kh-101-2025,papi,total,P59,top-in-group,5,R-XYZ,2025,,s1', 'group', 'unknown-value'],
    ['a target year before the index', 'kh-101-2025,papi,total,P59,rank-at-most,15,,2005,,s1', 'target_year', 'out-of-range'],
    ['an unknown source', 'kh-101-2025,papi,total,P59,rank-at-most,10,,2026,,s9', 'source', 'unknown-source'],
  ])('reports a target with %s at its line and column', (_, row, column, kind) => {
    const { issues } = parseTargets(`${TINY_PLAN_TEXTS.targets}${row}\n`, catalog, core);
    expect(only(issues)).toEqual([{ file: 'plans/targets.csv', line: 3, column, kind }]);
  });

  it.each([
    ['an unknown responsible agency', 'T9,kh-101-2025,Việc,,sct,,2026-01-01,papi,D1,not_started,,,', 'responsible', 'unknown-agency'],
    ['an unknown cooperating agency', 'T9,kh-101-2025,Việc,,snv,stp;sct,2026-01-01,papi,D1,not_started,,,', 'cooperating', 'unknown-agency'],
    ['an unknown plan', 'T9,kh-999,Việc,,snv,,2026-01-01,papi,D1,not_started,,,', 'plan', 'unknown-plan'],
    ['a component of another index', 'T9,kh-101-2025,Việc,,snv,,2026-01-01,papi,F1,not_started,,,', 'components', 'unknown-component'],
    ['components without their index', 'T9,kh-101-2025,Việc,,snv,,2026-01-01,,D1,not_started,,,', 'index', 'missing-value'],
    ['a deadline in dd/mm/yyyy', 'T9,kh-101-2025,Việc,,snv,,31/12/2025,papi,D1,not_started,,,', 'deadline', 'not-a-date'],
    ['an unknown status', 'T9,kh-101-2025,Việc,,snv,,2026-01-01,papi,D1,late,,,', 'status', 'unknown-value'],
    ['no description', 'T9,kh-101-2025,,,snv,,2026-01-01,papi,D1,not_started,,,', 'task_vi', 'missing-value'],
    ['a duplicated id', 'T1,kh-101-2025,Việc,,snv,,2026-01-01,papi,D1,not_started,,,', 'id', 'duplicate-row'],
  ])('reports a task with %s at its line and column', (_, row, column, kind) => {
    const { issues } = parseTasks(`${TINY_PLAN_TEXTS.tasks}${row}\n`, catalog, core);
    expect(only(issues)).toEqual([{ file: 'plans/tasks.csv', line: 5, column, kind }]);
  });

  it('names the bad code inside a list cell', () => {
    const { issues } = parseTasks(`${TINY_PLAN_TEXTS.tasks}T9,kh-101-2025,Việc,,snv,stp;sct,,,,not_started,,,\n`, catalog, core);
    expect(issues).toEqual([{ file: 'plans/tasks.csv', line: 5, column: 'cooperating', kind: 'unknown-agency', raw: 'stp;sct', detail: 'sct' }]);
  });

  it('reports a missing column and a row with the wrong number of fields', () => {
    expect(only(parseTasks('id,plan\nT1,kh-101-2025\n', catalog, core).issues)[0]).toEqual({ file: 'plans/tasks.csv', line: 1, column: 'task_vi', kind: 'missing-column' });
    expect(only(parseTargets(`${TINY_PLAN_TEXTS.targets}kh-101-2025,papi\n`, catalog, core).issues)).toEqual([{ file: 'plans/targets.csv', line: 3, column: undefined, kind: 'field-count' }]);
  });
});
