import type { Row } from './csv';

// The seven corrections of reference-data/2026-12/README.md. Each edits the files it names (rows by
// path under data/) and says whether it holds; `apply` runs on the converter's output, `holds` checks it.

export type RowFiles = Map<string, Row[]>;
export interface Correction {
  id: string;
  files: string[];
  apply(files: RowFiles): void;
  holds(files: RowFiles): boolean;
}

const PLAN_101_TITLE =
  'Kế hoạch cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân (SIPAS), Chỉ số hiệu quả quản trị và hành chính công (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số xanh (PGI) của thành phố Cần Thơ (sau sắp xếp) giai đoạn 2025 - 2030';
const PAPI_2014_PUBLISHED = '33.99';
const ASSUMED_34 = "presumably ranked among 34 units (an assumption: who is ranked in 2025 is the publisher's choice, not yet published)";

const rowsOf = (files: RowFiles, file: string): Row[] => files.get(file) ?? [];
const p59Totals = (rows: readonly Row[]) => rows.filter((r) => r.unit === 'P59' && r.component === 'total');
const byCode = (rows: readonly Row[], code: string) => rows.find((r) => r.code === code);
const editRows = (files: RowFiles, file: string, edit: (r: Row) => Row) => files.set(file, rowsOf(files, file).map(edit));

export const CORRECTIONS: Correction[] = [
  {
    id: '1 PAPI 2014 Cần Thơ: two published totals, two conflict rows',
    files: ['papi/2014.csv'],
    apply: (files) => {
      const rows = rowsOf(files, 'papi/2014.csv');
      const dataset = p59Totals(rows).find((r) => (r.source ?? '').split(';').includes('papi-ml-mcdm'));
      if (!dataset) return;
      const conflict = `CONFLICT: 2 published totals disagree (${dataset.score} from the PAPI dataset vs ${PAPI_2014_PUBLISHED} in the 2014 coverage); each is kept with its own source.`;
      const fixed = { ...dataset, status: 'conflict', source: 'papi-ml-mcdm', note: `${conflict} The mdtrinh/vietnamdata total column is labelled "Un-weighted2015PAPI", which suggests a later re-computation: unverified.` };
      const published = { unit: 'P59', component: 'total', score: PAPI_2014_PUBLISHED, rank: '', rank_of: '', status: 'conflict', source: 'cand-papi-2014', derivation: '', note: `${conflict} Published with 55/63 as first published (PAPI ranks are not stored).` };
      const at = rows.indexOf(dataset);
      files.set('papi/2014.csv', [...rows.slice(0, at), fixed, published, ...rows.slice(at + 1).filter((r) => !(r.unit === 'P59' && r.component === 'total'))]);
    },
    holds: (files) => {
      const rows = p59Totals(rowsOf(files, 'papi/2014.csv'));
      return rows.length === 2 && rows.every((r) => r.status === 'conflict') && rows.some((r) => r.source === 'cand-papi-2014' && r.score === PAPI_2014_PUBLISHED) && rows.some((r) => r.source === 'papi-ml-mcdm');
    },
  },
  {
    id: '2 PAPI 2014 and 2019 Cần Thơ totals cite only what states the score',
    files: ['papi/2014.csv', 'papi/2019.csv'],
    apply: (files) => editRows(files, 'papi/2019.csv', (r) => (r.unit === 'P59' && r.component === 'total' ? { ...r, source: 'papi-ml-mcdm' } : r)),
    holds: (files) => ['papi/2014.csv', 'papi/2019.csv'].every((f) => p59Totals(rowsOf(files, f)).filter((r) => r.score !== PAPI_2014_PUBLISHED).every((r) => r.source === 'papi-ml-mcdm')),
  },
  {
    id: '3 Plan 101/KH-UBND: official title; PGI 2024 not ranked',
    files: ['plans/plans.csv'],
    apply: (files) =>
      editRows(files, 'plans/plans.csv', (r) =>
        r.code === 'kh-101-2025'
          ? {
              ...r,
              title_vi: PLAN_101_TITLE,
              summary_vi: (r.summary_vi ?? '').replace('PGI 5,91;', 'PGI 5,91 (không xếp hạng);').replace('PGI 5,91.', 'PGI 5,91 (không xếp hạng).'),
              summary_en: (r.summary_en ?? '').replace(/PGI 5\.91 \([^)]*\)/, 'PGI 5.91 (not ranked, "không xếp hạng")'),
              note: (r.note ?? '').replace('Title as summarised by the source; text', 'Official title (dated 02/10/2025; audit of 2026-12); title_en is a translation. Text'),
            }
          : r,
      ),
    holds: (files) => {
      const plan = byCode(rowsOf(files, 'plans/plans.csv'), 'kh-101-2025');
      return plan?.title_vi === PLAN_101_TITLE && !!plan.summary_vi?.includes('PGI 5,91 (không xếp hạng)') && !!plan.summary_en?.includes('PGI 5.91 (not ranked');
    },
  },
  {
    id: '4 Plan 153/KH-UBND: the title is a translation',
    files: ['plans/plans.csv'],
    apply: (files) =>
      editRows(files, 'plans/plans.csv', (r) =>
        r.code === 'kh-153-2022' ? { ...r, note: (r.note ?? '').replace('Title as summarised by the source;', "No official Vietnamese title in any source found: title_vi is a translation of the source's summary, not the official title;") } : r,
      ),
    holds: (files) => /title_vi is a translation/.test(byCode(rowsOf(files, 'plans/plans.csv'), 'kh-153-2022')?.note ?? ''),
  },
  {
    id: '5 PAPI sub-dimension labels are translations, dimension names official',
    files: ['components.csv'],
    apply: () => {},
    holds: (files) => {
      const papi = rowsOf(files, 'components.csv').filter((c) => c.index === 'papi');
      return papi.length > 0 && papi.every((c) => (c.parent !== '') === /Vietnamese label is a translation/.test(c.note ?? ''));
    },
  },
  {
    id: "6 Targets: '34 units in 2025' is an assumption",
    files: ['plans/targets.csv'],
    apply: (files) => editRows(files, 'plans/targets.csv', (r) => ({ ...r, note: (r.note ?? '').replace('ranked among 34 units', ASSUMED_34) })),
    holds: (files) => rowsOf(files, 'plans/targets.csv').every((r) => !/34 units/.test(r.note ?? '') || !!r.note?.includes(ASSUMED_34)),
  },
  {
    id: '7 Scores that print alike but rank differently (PAPI 2024 Bạc Liêu, Bắc Kạn 44,10)',
    files: ['papi/2024.csv'],
    // Shown by the app (src/domain/near-ties.ts decides, with its test); the data keep every decimal.
    apply: () => {},
    holds: (files) => {
      const total = (unit: string) => rowsOf(files, 'papi/2024.csv').find((r) => r.unit === unit && r.component === 'total')?.score ?? '';
      const [bacLieu, bacKan] = [total('P62'), total('P04')];
      return bacLieu !== bacKan && Number(bacLieu).toFixed(2) === Number(bacKan).toFixed(2);
    },
  },
];
