import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '@/domain/plans-evaluate';
import type { Plan, Target, TargetGoal } from '@/domain/plans-types';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { tinyPlanData } from '@/domain/testing/tiny-plans';
import type { Figure, IndexDef } from '@/domain/types';
import { enMessages as en } from '@/i18n/all-en';
import { viMessages as vi } from '@/i18n/all-vi';
import { baselineUnits } from './baseline';
import { componentView } from './component-ref';
import { agencyRows, groupTasks, type GroupLabels } from './task-groups';
import { describeTarget } from '@/i18n/target-text';

const catalog = tinyCatalog();
const data = tinyPlanData(catalog);
const papi = catalog.indices.get('papi') as IndexDef;
const par = catalog.indices.get('par') as IndexDef;
const TODAY = '2026-01-15';

describe('what is said about a target', () => {
  const bundled = loadBundledCatalog();
  const plans = loadBundledPlans(bundled).data;
  const [target] = plans?.targets ?? [];
  const plan = plans?.plans.find((p) => p.code === target?.plan);
  const evaluation = target && evaluateTarget(bundled, loadBundledIndex(bundled, 'papi'), target);
  const context = (lang: 'vi' | 'en') => ({ catalog: bundled, index: bundled.indices.get('papi') as IndexDef, plan, t: (lang === 'vi' ? vi : en).plans, lang });

  it('reads the PAPI top-15 target against 59/61: not yet measurable, with the gap on the latest figure and no verdict', () => {
    if (!evaluation) throw new Error('no target');
    const text = describeTarget(evaluation, context('vi'));
    expect(text.headline).toBe('PAPI: mục tiêu nhóm 15 dẫn đầu năm 2025 — 2024: 59/61 (tính toán)');
    expect(text.outcome).toBe('not-yet');
    expect(text.detail).toBe('chưa có kết quả năm 2025; theo số liệu 2024: cần tăng 44 bậc (59\u00a0→\u00a015)');
    expect(text.meets).toBeUndefined();
    expect(text.notes).toEqual([
      'Mục tiêu đặt ngày 27/12/2021, khi cả nước có 63 tỉnh, thành.',
      'Từ năm 2025, Cần Thơ là đơn vị mới (Cần Thơ (từ 2025)), xếp hạng cùng 34 tỉnh, thành: mục tiêu năm 2025 sẽ được đo trên kết quả của đơn vị mới, không so trực tiếp với 59/61 (tính toán) của Cần Thơ.',
    ]);
  });

  it('says the same in English', () => {
    if (!evaluation) throw new Error('no target');
    const text = describeTarget(evaluation, context('en'));
    expect(text.headline).toBe('PAPI: target top 15 by 2025 — 2024: 59/61 (computed)');
    expect(text.detail).toBe('no 2025 results yet; on the 2024 figure: 44 places to climb (59\u00a0→\u00a015)');
  });

  it.each<[string, IndexDef, TargetGoal, Figure[], string, string]>([
    ['a score target met', par, { kind: 'score-at-least', score: 85 }, [fig('par', 'P59', 89.13)], 'PAR Index: mục tiêu điểm ≥ 85,00% năm 2024 — 2024: 89,13%', 'met'],
    ['a group target', papi, { kind: 'group', band: 'best' }, [fig('papi', 'P59', 40), fig('papi', 'P60', 44)], 'PAPI: mục tiêu nhóm cao nhất (tính toán) năm 2024 — 2024: nhóm thấp nhất (tính toán)', 'not-met'],
    ['a position in a region', papi, { kind: 'top-in-group', position: 1, group: 'R-DBSCL' }, [fig('papi', 'P59', 45), fig('papi', 'P60', 44)], 'PAPI: mục tiêu dẫn đầu ĐBSCL năm 2024 — 2024: 1/2 ĐBSCL', 'met'],
  ])('reads %s', (_, index, goal, figures, headline, outcome) => {
    const target: Target = { plan: 'kh-101-2025', index: index.code, component: 'total', unit: 'P59', goal, targetYear: 2024, note: '', sources: [], line: 2 };
    const text = describeTarget(evaluateTarget(catalog, new Map([[2024, figures]]), target), { catalog, index, t: vi.plans, lang: 'vi' });
    expect([text.headline, text.outcome, text.notes]).toEqual([headline, outcome, []]);
  });
});

describe('the gap to a target, in places and points', () => {
  const papiFigures = [fig('papi', 'P59', 40), fig('papi', 'P60', 44), fig('papi', 'P61', 45)];
  it.each<[string, IndexDef, TargetGoal, number, Figure[], string | undefined, boolean | undefined]>([
    ['a rank target not met', papi, { kind: 'rank-at-most', rank: 1 }, 2024, papiFigures, 'cần tăng 2 bậc (3\u00a0→\u00a01)', false],
    ['a score target not met', par, { kind: 'score-at-least', score: 90 }, 2024, [fig('par', 'P59', 89.13)], 'cần thêm 0,87 điểm (89,13%\u00a0→\u00a090,00%)', false],
    ['a target met', par, { kind: 'score-at-least', score: 85 }, 2024, [fig('par', 'P59', 89.13)], undefined, true],
    ['a target not yet measurable', papi, { kind: 'rank-at-most', rank: 1 }, 2025, papiFigures, 'chưa có kết quả năm 2025; theo số liệu 2024: cần tăng 2 bậc (3\u00a0→\u00a01)', undefined],
    ['a target without a baseline', papi, { kind: 'rank-at-most', rank: 1 }, 2025, [], 'chưa có kết quả năm 2025; chưa có kết quả nào để so sánh', undefined],
  ])('states %s', (_, index, goal, targetYear, figures, detail, meets) => {
    const target: Target = { plan: 'kh-101-2025', index: index.code, component: 'total', unit: 'P59', goal, targetYear, note: '', sources: [], line: 2 };
    const byYear = new Map(figures.length > 0 ? [[2024, figures]] : []);
    const text = describeTarget(evaluateTarget(catalog, byYear, target), { catalog, index, t: vi.plans, lang: 'vi' });
    expect([text.detail, text.meets]).toEqual([detail, meets]);
  });
});

function fig(index: string, unit: string, score: number): Figure {
  return { index, year: 2024, unit, component: 'total', score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2 };
}

const labels: GroupLabels = {
  agency: (code) => data.agencies.get(code)?.nameVi ?? code,
  component: (index, code) => `${index} ${code ?? '(cả chỉ số)'}`,
  noIndex: 'không gắn chỉ số',
  status: (status) => vi.plans.statuses[status],
};

describe('tasks grouped for the plan page', () => {
  it('by responsible agency, agencies with overdue tasks first', () => {
    expect(groupTasks(data.tasks, 'agency', TODAY, labels).map((g) => [g.label, g.tasks.map((t) => t.id), g.overdue])).toEqual([
      ['Sở Nội vụ', ['T1', 'T3'], 1],
      ['Sở Tư pháp', ['T2'], 0],
    ]);
  });

  it('by component: a task aimed at two components is under both; a task on the whole index has its own group', () => {
    expect(groupTasks(data.tasks, 'component', TODAY, labels).map((g) => [g.label, g.tasks.map((t) => t.id)])).toEqual([
      ['papi D1', ['T1', 'T2']],
      ['papi SC11', ['T1']],
      ['par (cả chỉ số)', ['T3']],
    ]);
  });

  it('by status, overdue first, whatever the stored status', () => {
    expect(groupTasks(data.tasks, 'status', TODAY, labels).map((g) => [g.key, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', ['T1']],
      ['not_started', ['T2']],
      ['done', ['T3']],
    ]);
  });

  it('counts per agency for the first screen', () => {
    expect(agencyRows(data.tasks, TODAY)).toEqual([
      { agency: 'snv', total: 2, overdue: 1, open: 0, done: 1 },
      { agency: 'stp', total: 1, overdue: 0, open: 1, done: 0 },
    ]);
  });
});

describe('links and baselines', () => {
  it('opens a component’s figures: drilled into a dimension, into the parent of a sub-dimension', () => {
    expect(componentView(catalog, 'papi', 'D1')).toEqual({ view: 'components', index: 'papi', component: 'D1', year: undefined, sort: undefined, plan: undefined, agency: undefined });
    expect(componentView(catalog, 'papi', 'SC11')).toMatchObject({ component: 'D1' });
    expect(componentView(catalog, 'par', 'F1')).toMatchObject({ component: 'total', year: 2020 });
  });

  it('takes the baseline of a plan for the new city from the units it was formed from', () => {
    const plan = data.plans.find((p) => p.code === 'kh-101-2025') as Plan;
    expect(baselineUnits(catalog, plan.unit, 2024).map((u) => u.code)).toEqual(['P59', 'P60', 'P61']);
    expect(baselineUnits(catalog, 'P59', 2024).map((u) => u.code)).toEqual(['P59']);
  });
});
