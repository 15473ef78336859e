import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { cityMeans } from './city-means';

describe("cityMeans on the bundled data (the city's own indices)", () => {
  const catalog = loadBundledCatalog();
  const index = (code: string) => {
    const found = catalog.indices.get(code);
    if (!found) throw new Error(code);
    return found;
  };

  it('ct-par: every year 2015–2024, department and district means where published, gaps left empty', () => {
    const model = cityMeans(catalog, index('ct-par'), loadBundledIndex(catalog, 'ct-par'), 2024);
    const values = model?.rows.map((r) => [r.year, r.department?.value, r.district?.value]);
    expect(values).toEqual([
      [2015, undefined, 83.93],
      [2016, undefined, 84.05],
      ...[2017, 2018, 2019, 2020, 2021].map((year) => [year, undefined, undefined]),
      [2022, 90.51, 87.51],
      [2023, 92.27, 93.93],
      [2024, undefined, undefined],
    ]);
    expect(model?.rows.find((r) => r.year === 2022)?.department?.sources).toEqual(['nsmt-can-tho-par-2023']);
    expect(model?.rows.some((r) => r.city)).toBe(false);
    expect(model?.sources.map((s) => s.id)).toEqual(['baocantho-can-no-luc-nhieu-hon', 'nsmt-can-tho-par-2023']);
  });

  it("ct-sat (the city's satisfaction survey, not SIPAS): 2024 means and the published department results", () => {
    const model = cityMeans(catalog, index('ct-sat'), loadBundledIndex(catalog, 'ct-sat'));
    expect(model?.rows.map((r) => [r.year, r.city?.score, r.department?.value, r.district?.value])).toEqual([[2024, 95.44, 94.41, 93.53]]);
    expect(model?.unitScores.map((a) => [a.subject, a.value])).toEqual([
      ['Sở Thông tin và Truyền thông', 98],
      ['Sở Khoa học và Công nghệ', 96.93],
      ['Sở Văn hóa – Thể thao và Du lịch', 96.93],
      ['Sở Xây dựng', 89.32],
    ]);
  });

  it('has nothing to show for an index without means', () => {
    expect(cityMeans(catalog, index('sipas'), loadBundledIndex(catalog, 'sipas'))).toBeUndefined();
  });
});
