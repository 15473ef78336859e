import { expect, test } from './fixture';
import { overlappingTexts } from './chart-checks';
import { expectViewLoaded, openFromNavigation, openView, showView } from './view-pages';

test.describe('Thành phần (components)', () => {
  // The checks that only read share one loaded page: each step shows its state by client-side navigation.
  test('Cần Thơ PAPI 2024 and its dimensions, statements, drill-down, sorting, heatmaps and unpublished components, in one loaded page', async ({ page }) => {
    test.slow(); // six checks on one page
    await page.goto('/');
    await expectViewLoaded(page, 'overview');

    await test.step('Cần Thơ PAPI 2024: dimensions with scores, sorted by the gap to the national mean, with the year’s up/down count', async () => {
      await openFromNavigation(page, 'Thành phần', 'components');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thành phần PAPI 2024: Cần Thơ');

      const table = page.getByRole('table', { name: /Các thành phần của PAPI 2024/ });
      const row = (code: string) => table.getByRole('row', { name: new RegExp(`^${code} `) });
      await expect(row('D1')).toContainText('3,61');
      await expect(row('D5')).toContainText('7,14');
      await expect(row('D6')).toContainText('7,19');
      await expect(table.getByRole('columnheader', { name: /So với TB các tỉnh \(tính toán\)/ })).toHaveAttribute('aria-sort', 'ascending');
      const gaps = await table.locator('tbody tr td:nth-of-type(3)').allTextContents();
      const values = gaps.map((text) => Number(text.replace('\u2212', '-').replace(',', '.')));
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(values).toHaveLength(8);

      await expect(page.getByTestId('up-down')).toHaveText('4/8 chỉ số nội dung tăng điểm, 4 giảm.');
      await expect(page.getByRole('region', { name: 'Tóm tắt' })).toContainText('4/8 chỉ số nội dung tăng điểm, 4 giảm.');
    });

    await test.step('shows the published statement that disagrees with the data beside it, with its source', async () => {
      await showView(page, 'components', '&year=2024');
      const statement = page.getByRole('complementary', { name: 'Số liệu đã công bố' });
      await expect(statement).toContainText('3 lĩnh vực tăng điểm, 5 lĩnh vực giảm điểm');
      await expect(statement).toContainText('Khác với số liệu: điểm từng thành phần cho 4 tăng, 4 giảm');
      await expect(statement.getByRole('link', { name: /Kế hoạch 101\/KH-UBND/ })).toBeVisible();
    });

    await test.step('drills from a dimension into its sub-dimensions and back', async () => {
      await showView(page, 'components', '&year=2024');
      await page.getByRole('row', { name: /^D5 / }).getByRole('button', { name: /Xem 3 chỉ số nội dung thành phần/ }).click();
      await expect(page).toHaveURL(/component=D5/);
      const table = page.getByRole('table', { name: /Các thành phần của D5/ });
      await expect(table.getByRole('row', { name: /^SC51 / })).toContainText('Thủ tục chứng thực');
      await expect(table.getByRole('row', { name: /^SC53 / })).toBeVisible();
      await expect(table.getByRole('row', { name: /^SC54 / })).toBeVisible();
      await expect(table.getByRole('row', { name: /^SC52 / })).toHaveCount(0);
      await page.getByRole('button', { name: /Quay lại tổng điểm/ }).click();
      await expect(page).not.toHaveURL(/component=/);
    });

    await test.step('sorts by another column from the keyboard', async () => {
      await showView(page, 'components', '&year=2024');
      const header = page.getByRole('table', { name: /Các thành phần/ }).getByRole('columnheader', { name: /Thay đổi/ });
      await header.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      await expect(page).toHaveURL(/sort=-change/);
      await expect(page.getByRole('table', { name: /Các thành phần/ }).locator('tbody tr').first()).toContainText('D4');
    });

    await test.step('heatmaps show % of the maximum by year and across the Mekong Delta', async () => {
      await showView(page, 'components', '&year=2024');
      const years = page.getByRole('table', { name: /Cần Thơ: % điểm tối đa qua các năm 2018–2024/ });
      await expect(years.getByRole('row', { name: /^D1 / })).toContainText('36');
      const delta = page.getByRole('table', { name: /Đồng bằng sông Cửu Long: % điểm tối đa năm 2024/ });
      await expect(delta.locator('tbody tr')).toHaveCount(13);
      await expect(delta.getByRole('row', { name: /^Tiền Giang/ })).toContainText('—');
    });

    await test.step('says so, with the codes to import, when a unit’s components are not published', async () => {
      await showView(page, 'components', '&index=par&year=2019', { chart: false });
      await expect(page.getByText(/Chưa có điểm từng thành phần PAR Index của Cần Thơ năm 2019/)).toBeVisible();
      const codes = page.getByRole('table', { name: /Mã thành phần/ });
      await expect(codes.getByRole('row', { name: /^F3 / })).toContainText('14,5');
      await expect(page.getByRole('table', { name: /Các thành phần/ })).toHaveCount(0);
    });
  });

  test('names D1 as the largest gap to the nation for Cần Thơ PAPI 2024, with % of the 1–10 range beside it', async ({ page }) => {
    await openView(page, 'components', '&index=papi&year=2024');
    await expect(page.getByRole('region', { name: 'Tóm tắt' })).toContainText(
      'Thấp hơn trung bình các tỉnh (tính toán) nhiều nhất: Tham gia của người dân ở cấp cơ sở (\u22121,37), Công khai, minh bạch trong việc ra quyết định ở địa phương (\u22120,85)',
    );
    const table = page.getByRole('table', { name: /Các thành phần của PAPI 2024/ });
    const first = table.locator('tbody tr').first();
    await expect(first.getByRole('rowheader')).toContainText('D1');
    // 3,61 on a 1–10 scale: (3,61 − 1) / 9 = 29,0% (36,1% would be the share of 10).
    await expect(first.locator('td')).toContainText(['3,61', '10', '\u22121,37', /^[−+]\d/, '29,0%']);
    await expect(table.locator('tbody tr').nth(1).getByRole('rowheader')).toContainText('D2');
    await expect(page.getByText(/Mỗi lĩnh vực PAPI chấm từ 1 đến 10/)).toBeVisible();
  });

  test('compares two years, never across the 2018 change of method, and compares with the group chosen, in the table and on the slide added, in one loaded page', async ({ page }) => {
    test.slow(); // four checks on one page, and the deck's data
    await openView(page, 'components', '&index=papi&year=2024');
    const comparison = page.getByRole('region', { name: /So sánh hai năm/ });

    await test.step('by default, the year before against the year shown: every dimension’s two scores and the change, largest fall first', async () => {
      await expect(comparison.getByRole('heading')).toHaveText('So sánh hai năm: 2023 và 2024');
      const rows = comparison.getByRole('table', { name: /PAPI: điểm 2023 và 2024/ }).locator('tbody tr');
      await expect(rows).toHaveCount(8);
      // data/papi: Cần Thơ D2 4.752471 (2023) → 4.449790 (2024): −0,30, the largest fall.
      await expect(rows.first().getByRole('rowheader')).toContainText('D2');
      await expect(rows.first().locator('td')).toHaveText(['4,75', '4,45', '\u22120,30']);
      // D4 6.423180 → 6.822668: +0,40, the largest rise, last.
      await expect(rows.last().locator('td')).toHaveText(['6,42', '6,82', '+0,40']);
      await expect(page).not.toHaveURL(/compare=/);
    });

    await test.step('across the 2018 change of PAPI’s method: no comparison, and why', async () => {
      await comparison.getByLabel('Từ năm').selectOption('2017');
      await expect(page).toHaveURL(/compare=2017,2024/);
      await expect(comparison.getByRole('status')).toHaveText('PAPI đổi phương pháp năm 2018: không so sánh được 2017 với 2024.');
      await expect(comparison.getByRole('table')).toHaveCount(0);
    });

    await test.step('the second gap follows the group chosen, its mean marked computed', async () => {
      const table = page.getByRole('table', { name: /Các thành phần của PAPI 2024/ });
      await expect(table.getByRole('columnheader', { name: /So với TB ĐBSCL \(tính toán\)/ })).toBeVisible();
      await page.getByLabel('So sánh với nhóm').selectOption({ label: 'Thành phố trực thuộc trung ương' });
      await expect(table.getByRole('columnheader', { name: /So với TB TP trực thuộc TW \(tính toán\)/ })).toBeVisible();
      // D1 2024: Cần Thơ 3.605530; Hà Nội 5.392269, Hải Phòng 5.227704, Đà Nẵng 4.790397, TP.HCM 4.806217: mean 4.764423, gap −1,16.
      await expect(table.getByRole('row', { name: /^D1 / }).locator('td').nth(3)).toHaveText('\u22121,16');
    });

    await test.step('the slide added compares with the same group', async () => {
      await page.getByRole('button', { name: 'Thêm vào trình chiếu: lĩnh vực thua cả nước' }).click();
      await expect(page).toHaveURL(/deck=[^&]*components\.papi\.2024\.total\.central-cities/);
      await page.getByRole('link', { name: 'Mở trình chiếu' }).click();
      const slide = page.locator('.present-stage .slide');
      await expect(slide).toContainText('PAPI 2024: lĩnh vực nào thua trung bình cả nước');
      await expect(slide).toContainText('So với TB TP trực thuộc TW (tính toán)');
      await expect(slide).toContainText('\u22121,16');
    });
  });

  test('the chart of changes reads on a phone and on a laptop: names, bars, values and ticks never over each other', async ({ page }) => {
    for (const screen of [{ width: 390, height: 844, names: /^D1$/ }, { width: 1366, height: 768, names: /^D1 · Tham gia ở cơ sở$/ }]) {
      await page.setViewportSize(screen);
      await openView(page, 'components', '&index=papi&year=2024');
      const figure = page.getByRole('figure', { name: /^Đóng góp vào thay đổi của tổng điểm, 2023→2024/ });
      await figure.locator('.near-screen').scrollIntoViewIfNeeded();
      const chart = figure.locator('svg.recharts-surface');
      await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(8);
      // A phone names the bars by their code (the table above gives the names); a laptop writes both.
      await expect(chart.locator('.recharts-yAxis-tick-labels text').first()).toHaveText(screen.names);
      expect(await overlappingTexts(chart), `${screen.width}: texts over each other`).toEqual([]);
      // Each value is written beside its bar, inside the chart, on none of the bars.
      const misplaced = await chart.evaluate((svg) => {
        const width = svg.getBoundingClientRect().width;
        const origin = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('.recharts-bar-rectangle')].map((bar) => bar.getBoundingClientRect());
        return [...svg.querySelectorAll('.recharts-label-list text')].flatMap((text) => {
          const box = text.getBoundingClientRect();
          const [left, right] = [box.left - origin.left, box.right - origin.left];
          const onBar = bars.some((bar) => box.left + 1 < bar.right && bar.left < box.right - 1 && box.top + 1 < bar.bottom && bar.top < box.bottom - 1);
          return left < 0 || right > width || onBar ? [`${text.textContent}: ${Math.round(left)}–${Math.round(right)} of ${Math.round(width)}${onBar ? ', on a bar' : ''}`] : [];
        });
      });
      expect(misplaced, `${screen.width}: values outside the chart or on a bar`).toEqual([]);
      await expect(chart.locator('.recharts-label-list text')).toHaveText(['−0,26', '−0,30', '−0,10', '+0,40', '+0,06', '+0,38', '−0,08', '+0,18']);
    }
  });
});
