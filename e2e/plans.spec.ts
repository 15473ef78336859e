import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
// The build's own plan-pack plugin function (not app code), to serve what a build of other plan files would.
// eslint-disable-next-line no-restricted-imports
import { planPack } from '../vite-plan-pack';
import { expect, test } from './fixture';
import { expectViewLoaded, openFromNavigation, openView, showView } from './view-pages';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Serves the plans as the build reads them when data/plans/ holds these files (by name) instead: the plugin's own function, run on a copy of data/. */
async function servePlansWith(page: Page, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-plans-'));
  cpSync(new URL('../data', import.meta.url).pathname, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'plans', name), text);
  const body = JSON.stringify(planPack(dir).pack);
  await page.route('**/assets/plans-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Staff-entered tasks and two more agencies instead of the bundled files; the clock fixed on 15/01/2026. */
async function withTasks(page: Page) {
  await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+07:00'));
  await servePlansWith(page, { 'tasks.csv': fixture('plans-tasks.csv'), 'agencies.csv': fixture('plans-agencies.csv') });
}

test.describe('Kế hoạch (plans)', () => {
  // The checks that only read share one loaded page: each step shows its state by client-side navigation.
  test('the bundled plans: the list, the PAPI target, a plan without targets, the plan dates on the trend chart, in one loaded page', async ({ page }) => {
    test.slow(); // four checks on one page
    await page.goto('/');
    await expectViewLoaded(page, 'overview');

    await test.step('lists the plans with their numbers and dates, newest first', async () => {
      await openFromNavigation(page, 'Kế hoạch', 'plans');
      await expect(page).toHaveURL(/\?view=plans$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch cải thiện các chỉ số');
      const list = page.getByRole('region', { name: 'Các kế hoạch và văn bản' }).getByRole('listitem');
      await expect(list.filter({ hasText: '101/KH-UBND' })).toContainText('101/KH-UBND ngày 02/10/2025');
      await expect(list.filter({ hasText: '153/KH-UBND' })).toContainText('153/KH-UBND ngày 12/07/2022');
      await expect(list.filter({ hasText: '4168/QĐ-UBND' })).toContainText('4168/QĐ-UBND ngày 27/12/2021');
      await expect(list.first()).toContainText('101/KH-UBND');
      await expect(list.filter({ hasText: '4168/QĐ-UBND' })).toContainText('1 mục tiêu');
    });

    await test.step('shows the PAPI top-15 target against 59/61 with the gap in places, not yet measurable (no red "chưa đạt"), measured from 2025 on the new city', async () => {
      await showView(page, 'plans');
      const target = page.getByRole('article', { name: /PAPI: mục tiêu nhóm 15 dẫn đầu năm 2025/ });
      await expect(target.getByRole('heading')).toHaveText('PAPI: mục tiêu nhóm 15 dẫn đầu năm 2025 — 2024: 59/61 (tính toán)');
      await expect(target).toContainText('Chưa đo được');
      await expect(target.locator('.verdict')).toContainText('chưa có kết quả năm 2025; theo số liệu 2024: cần tăng 44 bậc (59 → 15)');
      await expect(target).not.toContainText('chưa đạt');
      await expect(target.locator('.verdict .down')).toHaveCount(0);
      await expect(target).toContainText('xếp hạng cùng 34 tỉnh, thành');
      await expect(target).toContainText('khi cả nước có 63 tỉnh, thành');
      await expect(target.getByText('Nguồn:')).toBeVisible();

      await target.getByRole('link', { name: '4168/QĐ-UBND' }).click();
      await expect(page).toHaveURL(/plan=qd-4168-2021/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('4168/QĐ-UBND ngày 27/12/2021');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.getByRole('article', { name: /PAPI: mục tiêu nhóm 15 dẫn đầu/ })).toContainText('59/61');
    });

    await test.step('a plan without a sourced target or task says so, and shows its baseline from the data', async () => {
      await showView(page, 'plans', '&plan=kh-101-2025');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('101/KH-UBND ngày 02/10/2025');
      await expect(page.getByText(/không tự đặt mục tiêu/)).toBeVisible();
      const baseline = page.getByRole('table', { name: /Mốc xuất phát: kết quả năm 2024/ });
      const header = (name: string) => page.getByRole('rowheader', { name, exact: true });
      const row = (index: string, unit: string) => baseline.getByRole('rowgroup').filter({ has: header(index) }).getByRole('row').filter({ has: header(unit) });
      await expect(row('PAR Index', 'Cần Thơ')).toContainText('89,13%');
      await expect(row('PAR Index', 'Cần Thơ')).toContainText('22/63');
      await expect(row('PAR Index', 'Hậu Giang')).toContainText('chưa có số liệu');
      await expect(row('PAPI', 'Cần Thơ')).toContainText('59/61 (tính toán)');
      const tasks = page.getByRole('region', { name: 'Nhiệm vụ', exact: true });
      await expect(tasks.getByText('Chưa có nhiệm vụ nào của văn bản này.')).toBeVisible();
      await expect(tasks).not.toContainText('data/');
      const download = page.waitForEvent('download');
      await tasks.getByRole('button', { name: 'Tải tệp mẫu nhiệm vụ (CSV)' }).first().click();
      const template = await download;
      expect(template.suggestedFilename()).toBe('tasks.csv');
      const text = readFileSync(await template.path(), 'utf8');
      expect(text.split('\r\n')[0]).toBe(`\uFEFF${readFileSync(new URL('../data/plans/tasks.csv', import.meta.url), 'utf8').split(/\r?\n/)[0]}`);
      await page.getByText('Cách nhập mục tiêu và nhiệm vụ').click();
      await expect(page.getByText(/nhập ở trang Dữ liệu/)).toBeVisible();
      await tasks.getByRole('link', { name: 'Nhập tệp ở trang Dữ liệu' }).first().click();
      await expect(page).toHaveURL(/\?view=data$/);
      await expect(page.getByText('Chọn tệp CSV hoặc Excel')).toBeVisible();
    });

    await test.step('the trend chart marks when each plan was adopted, and draws the rank target', async () => {
      await showView(page, 'trends');
      const figure = page.getByRole('figure', { name: /PAPI · Tổng điểm: Điểm/ });
      await expect(figure.locator('.chart-legend')).toContainText('Ngày ban hành kế hoạch');
      // Labelled where they are drawn; the axis ends at the 2024 results, so the plans of 06/06/2024 and 02/10/2025 are notes only.
      await expect(figure.locator('.plan-marker-badge')).toHaveCount(3);
      await expect(figure.locator('.plan-marker-badge', { hasText: '4168/QĐ-UBND' })).toBeVisible();
      const notes = figure.getByRole('list', { name: 'Ngày ban hành kế hoạch' });
      await expect(notes).toContainText('4168/QĐ-UBND (27/12/2021)');
      await expect(notes).toContainText('Ban hành sau kết quả cuối cùng trên biểu đồ, chưa vẽ: 101/KH-UBND');
      await expect(notes).toContainText('18/05/2023: Hội nghị phân tích kết quả các chỉ số năm 2022');
      await expect(notes).toContainText('Mục tiêu nhóm 15 dẫn đầu năm 2025 (4168/QĐ-UBND) là mục tiêu về thứ hạng, không vẽ trên biểu đồ này.');

      await page.getByRole('radio', { name: 'Thứ hạng' }).check();
      const ranks = page.getByRole('figure', { name: /PAPI · Tổng điểm: Thứ hạng/ });
      await expect(ranks.locator('.chart-legend')).toContainText('Vùng mục tiêu');
      await expect(ranks.locator('.recharts-reference-area')).toHaveCount(1);
      await expect(ranks.getByRole('list', { name: 'Ngày ban hành kế hoạch' })).toContainText('Mục tiêu năm 2025 đo trên Cần Thơ (từ 2025), xếp hạng cùng 34 tỉnh, thành.');
    });
  });

  test('with staff-entered tasks: a plan by agency and by status, an agency’s page, the tasks of a component, in one loaded page', async ({ page }) => {
    test.slow(); // three checks on one page
    await withTasks(page);
    await openView(page, 'plans');

    await test.step('with staff-entered tasks: grouped by agency, the overdue ones marked against today', async () => {
      await showView(page, 'plans', '&plan=kh-153-2022');
      await expect(page.getByText('3 nhiệm vụ: 1 quá hạn, 0 đang thực hiện, 1 chưa thực hiện, 1 hoàn thành.')).toBeVisible();
      await expect(page.getByText(/Quá hạn tính theo ngày 15\/01\/2026/)).toBeVisible();
      const homeAffairs = page.getByRole('table', { name: 'Sở Nội vụ thành phố Cần Thơ: 2 nhiệm vụ' });
      const overdue = homeAffairs.getByRole('row', { name: /Rà soát và công khai/ });
      await expect(overdue).toContainText('Quá hạn');
      await expect(overdue).toContainText('trễ 746 ngày');
      await expect(overdue).toContainText('trạng thái đã ghi: đang thực hiện');
      await expect(overdue).toHaveClass(/task-overdue/);
      await expect(homeAffairs.getByRole('row', { name: /Kiểm tra đột xuất/ })).toContainText('Hoàn thành');
      await expect(page.getByRole('table', { name: 'Sở Tư pháp thành phố Cần Thơ: 1 nhiệm vụ' })).toContainText('Chưa thực hiện');

      await page.getByRole('radio', { name: 'trạng thái' }).check();
      await expect(page).toHaveURL(/by=status/);
      const late = page.getByRole('table').first();
      await expect(late).toHaveAccessibleName('Quá hạn: 1 nhiệm vụ');

      await late.getByRole('link', { name: /PAPI D5/ }).click();
      await expect(page).toHaveURL(/view=components.*component=D5/);
      await expect(page.getByRole('table', { name: /Các thành phần của D5/ })).toBeVisible();
    });

    await test.step('an agency’s page shows all its tasks across plans; the first screen shows who is late', async () => {
      await showView(page, 'plans');
      const agencies = page.getByRole('table', { name: /Số nhiệm vụ của từng cơ quan chủ trì/ });
      await expect(agencies.getByRole('row', { name: /Sở Khoa học và Công nghệ/ })).toHaveClass(/task-overdue/);
      await expect(agencies.getByRole('row', { name: /Sở Tư pháp/ })).not.toHaveClass(/task-overdue/);
      await page.getByLabel('Xem nhiệm vụ của một cơ quan').selectOption('snv');
      await expect(page).toHaveURL(/agency=snv/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhiệm vụ của Sở Nội vụ thành phố Cần Thơ');
      await expect(page.getByText('4 nhiệm vụ: 2 quá hạn, 1 đang thực hiện, 0 chưa thực hiện, 1 hoàn thành.')).toBeVisible();
      const overdue = page.getByRole('table', { name: 'Quá hạn: 2 nhiệm vụ' });
      await expect(overdue.getByRole('row', { name: /Đưa dịch vụ công trực tuyến/ })).toContainText('101/KH-UBND');
      await expect(overdue.getByRole('row', { name: /Rà soát và công khai/ })).toContainText('153/KH-UBND');
    });

    await test.step('a component lists the tasks that target it, each leading to its plan', async () => {
      await showView(page, 'components', '&year=2024');
      const panel = page.getByRole('region', { name: 'Nhiệm vụ nhắm vào các thành phần này' });
      const d5 = panel.getByRole('group', { name: /^D5 · / });
      await expect(d5).toContainText('Rà soát và công khai đầy đủ thủ tục hành chính');
      await expect(d5).toContainText('Kiểm tra đột xuất việc niêm yết thủ tục chứng thực (qua SC51)');
      await expect(d5.getByRole('listitem').first()).toContainText('Quá hạn');
      await d5.getByRole('link', { name: '153/KH-UBND' }).first().click();
      await expect(page).toHaveURL(/view=plans.*plan=kh-153-2022/);
    });
  });

  test('a broken tasks file is reported by file, line and column; the targets still show', async ({ page }) => {
    await servePlansWith(page, { 'agencies.csv': fixture('plans-agencies.csv'), 'tasks.csv': `${fixture('plans-tasks.csv')}F9,kh-153-2022,Việc,,sct,,31/12/2025,papi,D5,late,,,\n` });
    await page.goto('/?view=plans');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('plans/tasks.csv');
    await expect(alert).toContainText("Dòng 7, cột responsible: 'sct' mã cơ quan không có trong plans/agencies.csv");
    await expect(alert).toContainText("Dòng 7, cột deadline: '31/12/2025' không phải ngày dạng yyyy-mm-dd");
    await expect(page.getByRole('article', { name: /PAPI: mục tiêu nhóm 15 dẫn đầu/ })).toContainText('59/61');
  });
});
