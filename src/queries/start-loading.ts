import type { QueryClient } from '@tanstack/react-query';
import { firstYearlyFiles } from '@/domain/first-reads';
import { FIGURE_FILES_NEWEST_FIRST, type FigureFile } from './data-files';
import { catalogQuery, figureFileQuery, figureSummaryQuery } from './data-queries';
import { prefetchDataTexts, storeDataFiles } from './fetch-text';
import { whenNotHeld } from './import-hold';
import { importsQuery } from './imports-queries';
import { keepParserScript } from './parse-client';
import { planCoreQuery, planPackFile, targetsQuery, tasksQuery } from './plan-queries';
import { inIdleTurns, whenIdle } from './when-idle';

/** What the first view reads beyond the catalogue and the summary: started before its code has loaded. */
export interface FirstReads {
  /** The index whose yearly files the view reads whole (components): its two newest are read first. */
  wholeIndex?: string;
  /** The plan files, for a view that draws them (readsPlansFirst): read at build time, they come with no wait for the catalogue. */
  plans?: boolean;
}

const loadPlans = (client: QueryClient) => Promise.all([client.prefetchQuery(planCoreQuery), client.prefetchQuery(targetsQuery), client.prefetchQuery(tasksQuery)]);

/**
 * Starts, before the first render, what the first screen reads: the imports kept in the browser, the
 * catalogue and the summary of the yearly files' totals, with no wait for React to ask.
 * A view that reads files whole (`wholeIndex`) has the two newest read as soon as the catalogue is in (the
 * components view's first numbers compare the latest year with the one before), not once its code has loaded and
 * rendered (~250 ms later in a trace of a cold components view). In a build the page's preload script has already
 * asked for them beside the entry (vite-view-preload.ts, by the same rule), so this reads what has come; waiting for the
 * catalogue costs nothing then, and a page whose catalogue failed reads no file. Its older years wait for the
 * view to ask: read beside the two, they held its first numbers back (cold components 537 -> 494 and 521 -> 469 ms,
 * 11 loads each, interleaved).
 * The others wait until the view is idle. Downloaded beside a view that reads only
 * the summary (trends, rankings, profile, presentation), the 41 files held its render back.
 * Settles (never rejects: prefetching swallows errors) once the imports, the catalogue, the summary and the plans (for
 * a view that draws them) have arrived or failed; not the yearly files of another first view, which take longer.
 */
export function startLoading(client: QueryClient, first: FirstReads): Promise<unknown> {
  const whole = firstYearlyFiles(FIGURE_FILES_NEWEST_FIRST, first.wholeIndex);
  const catalogue = client.prefetchQuery(catalogQuery).then(() => {
    const catalog = client.getQueryData(catalogQuery.queryKey);
    if (!catalog) return;
    for (const file of whole) void client.prefetchQuery(figureFileQuery(file));
  });
  return Promise.all([client.prefetchQuery(importsQuery), client.prefetchQuery(figureSummaryQuery), catalogue, first.plans && loadPlans(client)]);
}

/** The last background pass over the files, and whether a file did not come in it. */
let lastPass: { came: Promise<boolean>; failed: boolean } | undefined;

async function keepPass(client: QueryClient, again: boolean): Promise<boolean> {
  // A catalogue that failed is read again first: no file is read without it.
  if (again) await client.prefetchQuery(catalogQuery);
  if (!client.getQueryData(catalogQuery.queryKey)) return false;
  const parts = await Promise.all([new Promise<boolean>((resolve) => whenIdle(() => resolve(prefetchDataTexts([planPackFile])), 5000)), readFilesInTurn(client, again)]);
  return parts.every(Boolean);
}

/**
 * Once the view shown has read its files and the browser is idle (app.tsx), the plans kept (for the plans view with the
 * network gone) and every yearly file read. For the overview not before: its totals are in the summary, and on a slow
 * line 37 downloads beside its code and fonts held its numbers and first chart back (Lighthouse had the chart's code
 * requested after the last CSV). Not at the first idle moment of the load: begun while a view opened cold was still
 * rendering, the files' arrival held its render back (cold trends 639 -> 745 ms, interleaved, 9 loads each). Once per
 * page: asked again, the same answer, so that a page with the network gone does not try again and again by itself.
 * Only a person's "try again" (`again`), after a pass in which a file did not come, starts a new pass, for what is
 * missing. Resolves once every file has come or failed, with whether every one came (the views then open offline).
 */
export function keepEveryFile(client: QueryClient, { again = false } = {}): Promise<boolean> {
  if (lastPass && !(again && lastPass.failed)) return lastPass.came;
  if (!again && !client.getQueryData(catalogQuery.queryKey)) return Promise.resolve(false);
  const pass = { came: keepPass(client, again), failed: false };
  lastPass = pass;
  void pass.came.then((all) => (pass.failed = !all));
  return pass.came;
}

/** Yearly files downloaded at once in the background: the connections of HTTP/1.1. */
const FILES_AT_ONCE = 6;

/**
 * Every yearly file no view has asked for yet read whole, newest first, once the first screen is idle: the views of
 * components, the profile and the presentation then find their figures ready, with or without the network. Downloaded
 * six at a time, the next six asked for as soon as the last have arrived: a view's own files come behind at most six
 * background files (37 asked at once held a view switch back ~80 ms; one at a time, every file was in 5.6 s after the
 * load on a 100 ms line, against 2.0 s when the CSVs downloaded six at a time). Each is then parsed in an idle moment
 * of its own (fetch-text.ts). An import analysing a file holds the next six back (import-hold.ts). Then the parse
 * worker's script is kept, for a plan file imported offline. Resolves with whether every file came (a file a view
 * read itself counts once that reading has ended well). A file a view failed to read is left to that view (its
 * error card offers to try again) in the first pass, and read again in a later one (`again`).
 */
async function readFilesInTurn(client: QueryClient, again: boolean): Promise<boolean> {
  const unread = (file: FigureFile) => {
    const state = client.getQueryState(figureFileQuery(file).queryKey);
    if (!state) return true;
    if (state.fetchStatus !== 'idle' || state.status === 'success') return false;
    // A query a view made but has not run (one of the indices it does not show), or, in a later pass, a failed reading.
    return state.status === 'pending' || again;
  };
  let everyFileCame = true;
  const readByViews: FigureFile[] = [];
  for (let next = 0; next < FIGURE_FILES_NEWEST_FIRST.length; next += FILES_AT_ONCE) {
    const batch = FIGURE_FILES_NEWEST_FIRST.slice(next, next + FILES_AT_ONCE);
    const files = batch.filter(unread);
    readByViews.push(...batch.filter((file) => !files.includes(file)));
    await new Promise<void>((resolve) => whenNotHeld(resolve));
    everyFileCame = (await storeDataFiles(files)) && everyFileCame;
    inIdleTurns(files.map((file) => () => void client.prefetchQuery(figureFileQuery(file))), 5000);
  }
  keepParserScript();
  const viewsRead = await Promise.all(readByViews.map((file) => readingEnded(client, file)));
  return everyFileCame && viewsRead.every(Boolean);
}

/** Whether a view's reading of a file succeeded, once it has ended: a reading under way is waited for, not started again. */
function readingEnded(client: QueryClient, file: FigureFile): Promise<boolean> {
  const query = figureFileQuery(file);
  const state = client.getQueryState(query.queryKey);
  if (state?.fetchStatus === 'fetching') return client.fetchQuery(query).then(() => true, () => false);
  return Promise.resolve(state?.status === 'success');
}
