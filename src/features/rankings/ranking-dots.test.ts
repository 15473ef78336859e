import { describe, expect, it } from 'vitest';
import { CAN_THO_COLOR } from '@/charts/palette';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { excerptDots, rankingDots } from './ranking-dots';
import { buildRankingsModel } from './rankings-model';

describe('the dots of the PAPI 2024 ranking (bundled data)', () => {
  const catalog = loadBundledCatalog();
  const papi = catalog.indices.get('papi');
  if (!papi) throw new Error('papi');
  const model = buildRankingsModel(catalog, papi, loadBundledIndex(catalog, 'papi'), { level: 'province', component: 'total', units: [CAN_THO], lang: 'vi', year: 2024 });

  it('on screen: every scored province best first, its score beside it, Cần Thơ in its colour', () => {
    const dots = rankingDots(model, 'vi');
    expect(dots).toHaveLength(61);
    expect(dots.map((d) => d.value)).toEqual(model.bars.map((b) => b.score));
    expect(dots.find((d) => d.key === CAN_THO)).toMatchObject({ label: 'Cần Thơ', text: '40,44', color: CAN_THO_COLOR, emphasis: true });
    expect(rankingDots(model, 'vi', [CAN_THO]).map((d) => d.key)).toEqual([CAN_THO]);
  });

  it('for a slide: the top 10, a row for the 41 left out, the bottom 10 with Cần Thơ at 59/61', () => {
    const { dots, cut } = excerptDots(model, 'vi', (count) => `… ${count} tỉnh`);
    expect(cut).toBe(true);
    expect(dots).toHaveLength(21);
    expect(dots[10]?.label).toBe('… 41 tỉnh');
    expect(dots[10]?.value).toBeUndefined();
    expect(dots.filter((d) => d.value !== undefined).map((d) => d.text?.split(' · ')[1])).toEqual([...Array.from({ length: 10 }, (_, i) => `${i + 1}/61`), ...Array.from({ length: 10 }, (_, i) => `${i + 52}/61`)]);
    expect(dots.find((d) => d.key === CAN_THO)?.text).toBe('40,44 · 59/61');
  });
});
