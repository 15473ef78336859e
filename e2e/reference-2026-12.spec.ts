import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { expandDetails, openView, showView } from './view-pages';

// The figures of reference-data/2026-12 as the bundled data/ holds them (data/par/2018–2021.csv,
// data/aggregates.csv, data/ct-sat/2024.csv).
const CAN_THO_PAR = [
  { year: 2018, score: '81,10%', rank: '6/63', source: 'Cần Thơ tụt 23 hạng xuống 29/63 về chỉ số cải cách hành chính' },
  { year: 2019, score: '81,25%', rank: '29/63', source: 'Cần Thơ tụt 23 hạng xuống 29/63 về chỉ số cải cách hành chính' },
  { year: 2020, score: '83,76%', rank: '37/63', source: 'Kết quả Chỉ số Cải cách hành chính năm 2021 của thành phố Cần Thơ' },
  { year: 2021, score: '84,97%', rank: '51/63', source: 'Kết quả Chỉ số Cải cách hành chính năm 2021 của thành phố Cần Thơ' },
];

/** The titles of the numbered sources a trend-table row cites. */
async function citedSources(page: Page, year: number): Promise<string[]> {
  const card = page.getByRole('region', { name: 'PAR Index' });
  const numbers = (await card.getByRole('row', { name: new RegExp(`^${year}`) }).getByRole('cell').last().innerText()).split(', ').map(Number);
  const items = card.getByRole('list', { name: 'Nguồn' }).getByRole('listitem');
  return Promise.all(numbers.map((n) => items.nth(n - 1).innerText()));
}

test.describe('the 2026-12 figures in the views', () => {
  test("the overview's PAR trend table lists 2018–2021 with ranks and sources", async ({ page }) => {
    await openView(page, 'overview');
    const card = page.getByRole('region', { name: 'PAR Index' });
    await expandDetails(card, 'Xem bảng số liệu');
    for (const { year, score, rank, source } of CAN_THO_PAR) {
      const row = card.getByRole('row', { name: new RegExp(`^${year}`) });
      await expect(row, String(year)).toContainText(score);
      await expect(row, String(year)).toContainText(rank);
      expect((await citedSources(page, year)).join(' | '), String(year)).toContain(source);
    }
  });

  test('the Mekong Delta PAR ranking for 2024 shows the provinces with a published figure', async ({ page }) => {
    await openView(page, 'rankings', '&index=par&year=2024');
    const table = page.getByRole('table', { name: 'Bảng xếp hạng PAR Index năm 2024' });
    await expect(table.getByRole('row', { name: /Cà Mau/ })).toContainText('20/63');
    await expect(table.getByRole('row', { name: /Cà Mau/ })).toContainText('89,33%');
    await expect(table.getByRole('row', { name: /Cần Thơ/ })).toContainText('22/63');
    await expect(page.getByTestId('position-R-DBSCL')).toContainText('2/13');

    const bump = page.getByRole('figure', { name: /^PAR Index 2012–2024: thứ hạng — Cần Thơ và các tỉnh ĐBSCL/ });
    await expandDetails(bump, 'Xem bảng thứ hạng qua các năm');
    await expect(bump.getByRole('row', { name: /^Cà Mau/ })).toContainText('20/63');
    await expect(bump.getByRole('row', { name: /^An Giang/ })).toContainText('8/63');
    await expect(bump.getByRole('row', { name: /^Kiên Giang/ })).toContainText('48/63');
    // A province with no published 2024 figure shows a gap, never a number.
    const tienGiang = await bump.getByRole('row', { name: /^Tiền Giang/ }).getByRole('cell').last().innerText();
    expect(tienGiang).toBe('—');
    await expect(page.getByText('Số liệu tổng hợp đã công bố năm 2024: 13 tỉnh, thành nhóm A; 50 nhóm B.')).toBeVisible();
  });

  test("the city's own index view shows the department and district means over the years", async ({ page }) => {
    await openView(page, 'rankings', '&level=district&index=ct-par');
    const means = page.getByRole('region', { name: /bình quân của các sở và quận, huyện/ });
    await expect(means.getByRole('row', { name: /^2016/ })).toContainText('84,05');
    await expect(means.getByRole('row', { name: /^2022/ })).toContainText('90,51%');
    await expect(means.getByRole('row', { name: /^2022/ })).toContainText('87,51%');
    await expect(means.getByRole('row', { name: /^2023/ })).toContainText('92,27%');
    await expect(means.getByRole('row', { name: /^2023/ })).toContainText('Nhịp sống thị trường (NSMT)');
    await expect(means.getByRole('row', { name: /^2019/ })).toContainText('chưa công bố');
    // The unit results that exist stay beside the means.
    await expect(page.getByRole('table', { name: 'Bảng xếp hạng CCHC nội bộ TP năm 2016' }).getByRole('row', { name: /Ô Môn/ })).toContainText('1/9');

    await showView(page, 'rankings', '&level=district&index=ct-sat');
    const satisfaction = page.getByRole('region', { name: /Hài lòng \(TP khảo sát\): bình quân/ });
    await expect(satisfaction.getByRole('row', { name: /^2024/ })).toContainText('95,44%');
    await expect(satisfaction.getByRole('row', { name: /^2024/ })).toContainText('94,41%');
    await expect(satisfaction.getByRole('row', { name: /^2024/ })).toContainText('93,53%');
    await expect(satisfaction).toContainText('Sở Thông tin và Truyền thông 98,00%');
    await expect(page.getByRole('table', { name: /năm 2024/ }).getByRole('row', { name: /Ô Môn/ })).toContainText('96,73%');
  });

  test('the new tables pass axe (WCAG 2.1 AA, best practices): trend sources, city means, near ties', async ({ page }) => {
    test.slow(); // three views, each scanned by axe
    const expectClean = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
    };
    await openView(page, 'overview');
    await expandDetails(page.getByRole('region', { name: 'PAR Index' }), 'Xem bảng số liệu');
    await expectClean('overview, PAR trend table open');
    await showView(page, 'rankings', '&level=district&index=ct-sat');
    await expectClean('city satisfaction survey');
    await showView(page, 'rankings', '&index=papi&year=2024');
    await expect(page.getByRole('row', { name: /Bạc Liêu/ })).toContainText('44,100');
    await expect(page.getByRole('row', { name: /Bắc Kạn/ })).toContainText('44,096');
    await expect(page.getByText('Điểm có 3 chữ số thập phân')).toBeVisible();
    await expectClean('PAPI 2024 ranking with near ties');
  });
});
