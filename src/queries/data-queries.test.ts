import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FigureSummary } from '@/domain/figure-summary';
import { DataFileError } from '@/domain/issues';
import type { Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import { figureFileQuery, figureSummaryQuery } from './data-queries';

const file = FIGURE_FILES.find((f) => f.name === 'papi/2024.csv')!;
// Made-up figures, not real data: only where they come from matters here.
const madeUpTotal: Figure = { index: 'papi', year: 2024, unit: 'P59', component: 'total', score: 12.5, status: 'published', sources: ['s1'], note: '', derivation: '', line: 7 };

function clientWith(summary: FigureSummary) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(figureSummaryQuery.queryKey, summary);
  return client;
}

describe('the totals of a yearly file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('come from the build-time summary, with no download and no parse', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    const client = clientWith({ [file.name]: { figures: [madeUpTotal], issues: [] } });
    expect(await client.fetchQuery(figureFileQuery(file, 'totals'))).toEqual([madeUpTotal]);
    expect(fetched).not.toHaveBeenCalled();
  });

  it("fail with the file's own problems, naming the file, as a parsed file would", async () => {
    const issue = { file: file.name, line: 7, kind: 'not-a-number', column: 'score', raw: '40.4x' } as const;
    const error = await clientWith({ [file.name]: { figures: [], issues: [issue] } }).fetchQuery(figureFileQuery(file, 'totals')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).toMatchObject({ file: file.name, issues: [issue] });
  });

  it('fail as a missing file when the summary does not hold the file', async () => {
    const error = await clientWith({}).fetchQuery(figureFileQuery(file, 'totals')).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: file.name, issues: [{ kind: 'missing-file', detail: 'not in the summary' }] });
  });

  it('stay failed when a view that reads them mounts again, instead of being fetched again and again', async () => {
    const client = clientWith({});
    await client.fetchQuery(figureFileQuery(file, 'totals')).catch(() => undefined);
    const unsubscribe = new QueryObserver(client, figureFileQuery(file, 'totals')).subscribe(() => undefined);
    const query = client.getQueryCache().find({ queryKey: figureFileQuery(file, 'totals').queryKey });
    expect(query?.state).toMatchObject({ status: 'error', fetchStatus: 'idle' });
    unsubscribe();
  });
});
