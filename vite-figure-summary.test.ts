import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigureFile } from '@/domain/figures';
import { CITY } from '@/domain/city';
import { evaluateTarget } from '@/domain/plans-evaluate';
import { buildSlide } from '@/domain/slides/build-slide';
import { showsTotals, type SlideSpec } from '@/domain/slides/slide-code';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans, readData } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { TOTAL, type Figure } from '@/domain/types';
import { filterFigures, NO_FILTER } from '@/features/data/figures-filter';
import { buildOverviewCard } from '@/features/overview/overview-model';
import { buildIndexProfile, buildProfileTop } from '@/features/profile/profile-model';
import { buildRankingsModel } from '@/features/rankings/rankings-model';
import { buildTrendsModel } from '@/features/trends/trends-model';
import { figureSummary } from './vite-figure-summary';

const dataDir = new URL('./data', import.meta.url).pathname;
const catalog = loadBundledCatalog();
const { summary } = figureSummary(dataDir);
const yearlyFiles = readdirSync(dataDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(join(dataDir, folder.name)).filter((name) => /^\d{4}\.csv$/.test(name)).map((name) => `${folder.name}/${name}`));

/** One index's years as the views of totals read them: from the summary alone. */
const summaryIndex = (index: string) =>
  new Map<number, readonly Figure[]>(
    Object.entries(summary)
      .filter(([name]) => name.startsWith(`${index}/`))
      .map(([name, result]) => [Number(name.slice(-8, -4)), result.figures]),
  );

describe('the figure summary (build time)', () => {
  it('holds the totals of every yearly file of data/, as the app parses them, and no problem', () => {
    expect(Object.keys(summary).sort()).toEqual(yearlyFiles.sort());
    for (const name of yearlyFiles) {
      const [index = '', file = ''] = name.split('/');
      const full = parseFigureFile(name, index, Number(file.slice(0, 4)), readData(name), catalog);
      expect(summary[name], name).toEqual({ figures: full.figures.filter((f) => f.component === TOTAL), issues: [] });
      expect(summary[name]?.figures.length, name).toBeGreaterThan(0);
    }
  });

  it('gives every view of totals the numbers the full files give: overview card, ranking of every year, trends, plan targets', () => {
    const targets = (loadBundledPlans(catalog).data?.targets ?? []).filter((target) => target.component === TOTAL);
    expect(targets.length).toBeGreaterThan(0);
    for (const index of catalog.indices.values()) {
      const full = loadBundledIndex(catalog, index.code);
      const totals = summaryIndex(index.code);
      expect([...totals.keys()].sort(), index.code).toEqual([...full.keys()].sort());
      expect(buildOverviewCard(catalog, index, totals), index.code).toEqual(buildOverviewCard(catalog, index, full));
      const level = index.unitLevel === 'province' ? 'province' : 'district';
      for (const year of full.keys()) {
        const selection = { level, year, component: TOTAL, bump: 'mekong', units: [CAN_THO], lang: 'vi' } as const;
        expect(buildRankingsModel(catalog, index, totals, selection), `${index.code} ${year}`).toEqual(buildRankingsModel(catalog, index, full, selection));
      }
      const label = (unit: { code: string }) => unit.code;
      for (const measure of ['score', 'rank'] as const) {
        const trend = { units: [CAN_THO], measure, component: TOTAL, refs: ['national', 'region', 'peers', 'best'] } as const;
        expect(buildTrendsModel(catalog, index, totals, trend, label, String), `${index.code} ${measure}`).toEqual(buildTrendsModel(catalog, index, full, trend, label, String));
      }
      for (const target of targets.filter((t) => t.index === index.code)) expect(evaluateTarget(catalog, totals, target), `${target.plan} ${target.targetYear}`).toEqual(evaluateTarget(catalog, full, target));
    }
  });

  it('gives every slide that shows no component the same content from the summary as from the full files', () => {
    const deck = (index: string, byYear: ReadonlyMap<number, readonly Figure[]>) => ({ catalog, unit: CITY, figures: new Map([[index, byYear]]), targets: [], plans: new Map() });
    let built = 0;
    for (const index of [...catalog.indices.values()].filter((i) => i.unitLevel === 'province')) {
      const full = loadBundledIndex(catalog, index.code);
      const years = [...full.keys()];
      const specs: SlideSpec[] = [
        ...(['headline', 'trend', 'rank'] as const).map((kind) => ({ kind, index: index.code })),
        ...years.flatMap((year) => (['ranking', 'standing'] as const).map((kind) => ({ kind, index: index.code, year }))),
      ];
      for (const spec of specs) {
        expect(showsTotals(spec)).toBe(true);
        const fromFull = buildSlide(deck(index.code, full), spec);
        expect(buildSlide(deck(index.code, summaryIndex(index.code)), spec), JSON.stringify(spec)).toEqual(fromFull);
        if (fromFull) built += 1;
      }
    }
    expect(built).toBeGreaterThan(20);
    // The cover of the presentation, every provincial index's headline.
    const provincial = [...catalog.indices.values()].filter((i) => i.unitLevel === 'province').map((i) => i.code);
    const every = (load: (index: string) => ReadonlyMap<number, readonly Figure[]>) => ({ ...deck('', new Map()), figures: new Map(provincial.map((code) => [code, load(code)])) });
    const cover = buildSlide(every((code) => loadBundledIndex(catalog, code)), { kind: 'title' });
    expect(cover?.kind === 'title' && cover.headlines.length).toBe(provincial.length);
    expect(buildSlide(every(summaryIndex), { kind: 'title' })).toEqual(cover);
  });

  it("gives the top of the profile's sections (latest result, printed trend) the same from the summary as the whole profile", () => {
    for (const index of [...catalog.indices.values()].filter((i) => i.unitLevel === 'province')) {
      const whole = buildIndexProfile({ catalog, index, byYear: loadBundledIndex(catalog, index.code), unit: CITY, today: '2026-01-15', targets: [] });
      expect(whole.headline?.score, index.code).toBeDefined();
      expect(buildProfileTop(catalog, index, summaryIndex(index.code), CITY), index.code).toEqual({ index, headline: whole.headline, scoreMax: whole.scoreMax, trend: whole.trend });
    }
  });

  it("gives the data view's table of totals (every year, and each year) the same rows from the summary as from the full files", () => {
    for (const index of catalog.indices.values()) {
      const full = loadBundledIndex(catalog, index.code);
      for (const year of [undefined, ...full.keys()]) {
        const filter = { ...NO_FILTER, component: TOTAL, year };
        expect(filterFigures(summaryIndex(index.code), filter, catalog), `${index.code} ${year}`).toEqual(filterFigures(full, filter, catalog));
      }
    }
  });
});
