import { writeFileSync } from 'node:fs';
import { expect, test } from './fixture';
import { holdRequests } from './hold-requests';
import { fileInput, importedList, importFixture } from './import-helpers';
import { everyFileKept, expectViewLoaded, openAllDetails, openFromNavigation, openView, type ViewName } from './view-pages';

/** The views as a user reaches them from the navigation, in its order. */
const NAVIGATION: readonly [string, ViewName][] = [
  ['Xu hướng', 'trends'],
  ['Xếp hạng', 'rankings'],
  ['Thành phần', 'components'],
  ['Kế hoạch', 'plans'],
  ['Dữ liệu', 'data'],
  ['Hồ sơ A4', 'profile'],
  ['Trình chiếu', 'present'],
];

const UNSAFE = /'unsafe-(inline|eval|hashes)'|\*/;

test.describe('works offline, phones nowhere, resists hostile text', () => {
  // The fixture fails each test on any Content-Security-Policy violation.
  test('a journey through every view asks only the site’s own origin and keeps to its strict Content-Security-Policy', async ({ page }) => {
    test.slow();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const response = await page.goto('/');
    const origin = new URL(page.url()).origin;
    // The policy: a response header (with frame-ancestors, which only a header can carry) and a <meta> in the built page.
    const header = response?.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(header).toContain(directive);
    expect(header).not.toMatch(UNSAFE);
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(UNSAFE);
    expect(await page.locator('script:not([src])').count(), 'inline scripts').toBe(0);

    await expectViewLoaded(page, 'overview');
    await openAllDetails(page);
    const csv = page.waitForEvent('download');
    await page.getByRole('region', { name: 'PAPI' }).getByRole('button', { name: /^Xuất CSV/ }).click();
    await csv;

    await openFromNavigation(page, 'Xu hướng', 'trends');
    await page.getByRole('radio', { name: 'Thứ hạng' }).check();
    const png = page.waitForEvent('download');
    await page.getByRole('figure', { name: /PAPI · / }).getByRole('button', { name: 'Tải PNG 16:9 (1920×1080)' }).click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);

    await openFromNavigation(page, 'Xếp hạng', 'rankings');
    await openFromNavigation(page, 'Thành phần', 'components');
    await openFromNavigation(page, 'Kế hoạch', 'plans');
    await page.getByRole('link', { name: /153\/KH-UBND/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('153/KH-UBND ngày 12/07/2022');

    await openFromNavigation(page, 'Dữ liệu', 'data');
    await fileInput(page).setInputFiles(importFixture('par-2024-excel.csv'));
    await expect(page.getByRole('article', { name: 'par-2024-excel.csv' }).getByLabel('Dòng tiêu đề')).toHaveValue('1');

    await openFromNavigation(page, 'Hồ sơ A4', 'profile');
    await openFromNavigation(page, 'Trình chiếu', 'present');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=2/);

    await page.goto('/?view=rankings');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rankings');
    await expectViewLoaded(page, 'rankings');

    // The fonts are the site's own files, and nothing went anywhere else.
    expect(requests.filter((url) => url.startsWith(origin) && /\.woff2$/.test(url)).length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  test.describe(() => {
    test.use({ allowedProblems: [{ message: /net::ERR_INTERNET_DISCONNECTED \(.*\/favicon\.svg\)$/, reason: 'the network is cut on purpose; Chromium asks for the favicon again on each history navigation' }] });
    test('once loaded, every view still opens with its data when the network is gone (a presentation hall)', async ({ page, context }) => {
      test.slow();
      const fetched: string[] = [];
      page.on('requestfinished', (request) => fetched.push(request.url()));
      await openView(page, 'overview');
      // The first screen fetches every view's code once it is idle (trends-view-<hash>.js …), then every yearly file;
      // the footer says when all of it has come, as a speaker checks before the hall's network goes.
      const status = page.getByRole('contentinfo').getByRole('status');
      await expect(status).toHaveText('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.', { timeout: 90_000 });
      const chunks = NAVIGATION.map(([, view]) => new RegExp(`/assets/${view}-view-[^/]*\\.js$`));
      expect(chunks.filter((chunk) => !fetched.some((url) => chunk.test(url))).map(String)).toEqual([]);
      await context.setOffline(true);
      for (const [label, view] of NAVIGATION) await openFromNavigation(page, label, view);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/slide=2/);
      await expectViewLoaded(page, 'present');
    });
  });

  test.describe(() => {
    test.use({ allowedProblems: [{ message: /net::ERR_INTERNET_DISCONNECTED \(.*\/data\/sipas\/2019-/, reason: 'the test cuts the network for one yearly file on purpose' }] });
    test('the footer says while the files are loading, when one did not come, and that all came once it is tried again', async ({ page }) => {
      test.slow(); // every view's code and data file kept in the background, twice
      const file = '**/data/sipas/2019-*.json';
      const cut = await holdRequests(page, file, (route) => route.abort('internetdisconnected'));
      await openView(page, 'overview');
      const footer = page.getByRole('contentinfo');
      const status = footer.getByRole('status');
      await expect(status).toHaveText('Đang tải trước mọi trang và số liệu để dùng được khi mất mạng…');
      cut();
      await expect(status).toHaveText('Một số tệp chưa tải về được: khi mất mạng, vài trang có thể thiếu số liệu.', { timeout: 90_000 });

      // The network is back: one press asks for what did not come, and only for it.
      const asked: string[] = [];
      page.on('request', (request) => void asked.push(new URL(request.url()).pathname));
      await page.unroute(file);
      await footer.getByRole('button', { name: 'Thử lại' }).click();
      await expect(status).toHaveText('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.', { timeout: 30_000 });
      await expect(footer.getByRole('button')).toHaveCount(0);
      expect(asked.filter((path) => path.startsWith('/data/') && !/^\/data\/sipas\/2019-/.test(path))).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ allowedProblems: [{ message: /net::ERR_INTERNET_DISCONNECTED \(.*\/assets\/plans-view-/, reason: 'the test cuts the network for one view’s code on purpose' }] });
    test('a view’s code that did not come is asked for again by “Thử lại”, and the view then opens', async ({ page }) => {
      test.slow(); // every view's code and data file kept in the background, twice
      const code = '**/assets/plans-view-*.js';
      await page.route(code, (route) => route.abort('internetdisconnected'));
      await openView(page, 'overview');
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('status')).toHaveText('Một số tệp chưa tải về được: khi mất mạng, vài trang có thể thiếu số liệu.', { timeout: 90_000 });
      await page.unroute(code);
      await footer.getByRole('button', { name: 'Thử lại' }).click();
      await expect(footer.getByRole('status')).toHaveText('✓ Đã tải đủ: bảng điều khiển dùng được khi mất mạng.', { timeout: 30_000 });
      await openFromNavigation(page, 'Kế hoạch', 'plans');
    });
  });

  test('no parse worker runs for the bundled files; with the network gone, a plan file parses in one started from the kept script', async ({ page, context }) => {
    test.slow(); // every yearly file kept, then an import
    const workers: string[] = [];
    page.on('worker', (worker) => void workers.push(worker.url()));
    const kept = everyFileKept(page);
    await openView(page, 'data');
    await kept;
    // The yearly files come parsed at build time: only the import worker has started.
    expect(workers.filter((url) => !/\/assets\/import-worker-/.test(url))).toEqual([]);
    await context.setOffline(true);

    await fileInput(page).setInputFiles(importFixture('nhiem-vu-kh-153.csv'));
    await expect(page.getByRole('article', { name: 'nhiem-vu-kh-153.csv' }).getByTestId('diff-counts')).toHaveText('1 mục mới, 0 mục thay đổi, 0 không đổi');
    expect(workers.filter((url) => url.startsWith('blob:'))).toHaveLength(1);
  });

  test('hostile text in imported files is shown as text, never run as markup', async ({ page }, testInfo) => {
    test.slow(); // two files read in the import worker
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(2)</script>';

    // A plans tasks file whose task name and note carry markup: imported, then listed in the plans view.
    const tasks = testInfo.outputPath('nhiem-vu-hostile.csv');
    writeFileSync(
      tasks,
      'id;plan;task_vi;task_en;responsible;cooperating;deadline;index;components;status;updated;note;source\n' +
        `NV1;kh-153-2022;Rà soát ${img} thủ tục ${script};Review;snv;ubnd-tp;2023-12-31;papi;D5;in_progress;2023-10-01;Ghi chú ${img};\n`,
    );
    // A figures file naming a unit with markup: refused, and the error quotes it.
    const figures = testInfo.outputPath('par-2024-hostile.csv');
    writeFileSync(figures, `Tỉnh;Điểm\n${img};89,13\n`);

    await openView(page, 'data');
    await fileInput(page).setInputFiles([tasks, figures]);
    const refused = page.getByRole('article', { name: 'par-2024-hostile.csv' });
    await refused.getByLabel('Nguồn của số liệu').selectOption({ index: 1 }).catch(() => undefined);
    await expect(refused.getByRole('alert')).toContainText(`'${img}'`);

    const job = page.getByRole('article', { name: 'nhiem-vu-hostile.csv' });
    await expect(job.getByTestId('diff-counts')).toHaveText('1 mục mới, 0 mục thay đổi, 0 không đổi');
    await job.getByRole('button', { name: 'Áp dụng 1 số liệu' }).click();
    await expect(importedList(page)).toContainText('nhiem-vu-hostile.csv');

    await page.goto('/?view=plans&agency=snv');
    const row = page.getByRole('row', { name: /Rà soát/ }).first();
    await expect(row).toContainText(`Rà soát ${img} thủ tục ${script}`);

    await expect(page.locator('img[src="x"], #root script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
