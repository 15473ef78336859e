import type { QueryClient } from '@tanstack/react-query';
import { FIGURE_FILES_NEWEST_FIRST } from './data-files';
import { catalogQuery, figureFileQuery, figureSummaryQuery } from './data-queries';
import { prefetchDataTexts } from './fetch-text';
import { whenNotHeld } from './import-hold';
import { importsQuery } from './imports-queries';
import { keepParserScript, warmUpParser } from './parse-client';
import { planCoreQuery, planPackFile, targetsQuery, tasksQuery } from './plan-queries';
import { inIdleTurns } from './when-idle';


/** What the first view reads beyond the catalogue and the summary: started before its code has loaded. */
export interface FirstReads {
  /**
   * Whether the view parses files as soon as it opens (its index's components): the parse worker then starts
   * before the first render. Views that first show totals only (the summary's) start it once they are idle or a file is
   * asked for: started at once, the worker took one of two cores from their first render (cold rankings 557 -> 438 ms).
   */
  parser: boolean;
  /** The index whose yearly files the view reads whole (components). */
  wholeIndex?: string;
  /** The plan files (plans): read at build time, they come with no wait for the catalogue, before the first render. */
  plans?: boolean;
}

const loadPlans = (client: QueryClient) => Promise.all([client.prefetchQuery(planCoreQuery), client.prefetchQuery(targetsQuery), client.prefetchQuery(tasksQuery)]);

/**
 * Starts, before the first render, what the first screen reads: the imports kept in the browser, the
 * catalogue and the summary of the yearly files' totals, with no wait for React to ask; the parse worker if the view
 * parses files at once (`parser`).
 * A view that reads files (`first`) has them downloaded and parsed as soon as the catalogue is in (the components
 * view's index newest first), not once its code has loaded and rendered (~250 ms later in a trace of a cold
 * components view); not before the catalogue: on HTTP/1.1 the 14 downloads then queued beside the view's chunks
 * and the parse worker's script. The others wait until the view is idle. Downloaded beside a view that reads only
 * the summary (trends, rankings, profile, presentation), the 41 files held its render back.
 * Settles (never rejects: prefetching swallows errors) once the imports, the catalogue, the summary and the plans (for
 * the plans view) have arrived or failed; not the yearly files of another first view, which take longer.
 */
export function startLoading(client: QueryClient, first: FirstReads): Promise<unknown> {
  if (first.parser) warmUpParser();
  const whole = FIGURE_FILES_NEWEST_FIRST.filter((file) => file.index === first.wholeIndex);
  const catalogue = client.prefetchQuery(catalogQuery).then(() => {
    const catalog = client.getQueryData(catalogQuery.queryKey);
    if (!catalog) return;
    for (const file of whole) void client.prefetchQuery(figureFileQuery(file));
  });
  return Promise.all([client.prefetchQuery(importsQuery), client.prefetchQuery(figureSummaryQuery), catalogue, first.plans && loadPlans(client)]);
}

const FILES_PER_TURN = 6;

/**
 * Every yearly file and the plans downloaded and kept, so that each view still opens when the network is gone; six
 * (the connections of HTTP/1.1) begun per idle moment: 41 fetches begun at once were one task of ~120 ms at
 * Lighthouse's 4x CPU slowdown. Then the parse worker's script, for a worker started again offline.
 */
function keepFiles(): void {
  const files = [...FIGURE_FILES_NEWEST_FIRST, planPackFile];
  const turns = Array.from({ length: Math.ceil(files.length / FILES_PER_TURN) }, (_, turn) => files.slice(turn * FILES_PER_TURN, (turn + 1) * FILES_PER_TURN));
  inIdleTurns([...turns.map((batch) => () => void prefetchDataTexts(batch)), keepParserScript], 5000);
}

let everyFileKept = false;

/**
 * Once the view shown has read its files and the browser is idle (app.tsx), every file kept (for the overview not
 * before: its totals are in the summary, and on a slow line 37 downloads beside its code and fonts held its numbers and
 * first chart back; Lighthouse had the chart's code requested after the last CSV), then parsed whole. Not at the first
 * idle moment of the load: begun while a view opened cold was still rendering, the parse's answers held its render back
 * (cold trends 639 -> 745 ms, interleaved, 9 loads each). Once per page.
 */
export function keepAndParseEveryFile(client: QueryClient): void {
  if (everyFileKept || !client.getQueryData(catalogQuery.queryKey)) return;
  everyFileKept = true;
  keepFiles();
  parseWholeFilesInTurn(client);
}

/**
 * Every yearly file parsed whole in the worker, newest first, once the first screen is idle: the views of
 * components, the profile and the presentation then find their figures ready. One file at a time, the next
 * asked for as soon as the last has arrived: a view's own files go to the worker behind at most one
 * background file (37 asked at once held a view switch back ~80 ms), and no idle moment is awaited between
 * files (one file per idle callback had parsed only ~20 of 37 files by the third view switch, so the
 * components view still parsed its index's files after the click). An import analysing a file holds the next
 * file back (import-hold.ts).
 */
function parseWholeFilesInTurn(client: QueryClient, next = 0): void {
  const file = FIGURE_FILES_NEWEST_FIRST[next];
  if (file) whenNotHeld(() => void client.prefetchQuery(figureFileQuery(file)).then(() => parseWholeFilesInTurn(client, next + 1)));
}
