// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planPackOf } from '@/domain/plans-pack';
import type { PlanCore } from '@/domain/plans-types';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { TINY_PLAN_TEXTS } from '@/domain/testing/tiny-plans';
import type { ImportsState } from './imports-queries';
import { usePlanData } from './use-plan-data';

// Made-up, empty plan files: only the identity of what the hook hands out matters here.
const madeUpCore: PlanCore = { agencies: new Map(), plans: [] };

function clientWithoutImports() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData<ImportsState>(['imports'], { batches: [], planBatches: [], available: true });
  return client;
}

const renderPlanData = (client: QueryClient) => renderHook(() => usePlanData(), { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider> });

describe('usePlanData', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands out the same result and data across renders while nothing changes', () => {
    const client = clientWithoutImports();
    client.setQueryData(['plans', 'core'], madeUpCore);
    client.setQueryData(['plans', 'targets'], []);
    client.setQueryData(['plans', 'tasks'], []);
    const { result, rerender } = renderPlanData(client);
    const first = result.current;
    expect(first).toMatchObject({ pending: false, errors: [] });
    expect(first.data).toBeDefined();
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.data).toBe(first.data);
  });

  it('reports a tasks file with problems by its name, and still has the plans and targets', async () => {
    const client = clientWithoutImports();
    const tasks = `${TINY_PLAN_TEXTS.tasks}T9,qd-4168-2021,Việc,,sct,,2025-12-31,papi,D1,in_progress,,,\n`;
    const texts = { 'plans/agencies.csv': TINY_PLAN_TEXTS.agencies, 'plans/plans.csv': TINY_PLAN_TEXTS.plans, 'plans/targets.csv': TINY_PLAN_TEXTS.targets, 'plans/tasks.csv': tasks };
    client.setQueryData(['plans', 'pack'], planPackOf(texts, tinyCatalog()));
    const { result } = renderPlanData(client);
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.errors).toEqual([expect.objectContaining({ file: 'plans/tasks.csv', issues: [expect.objectContaining({ line: 5, column: 'responsible', kind: 'unknown-agency' })] })]);
    expect(result.current.data?.plans.map((plan) => plan.code)).toEqual(['qd-4168-2021', 'kh-101-2025']);
    expect(result.current.data?.targets).toHaveLength(1);
    expect(result.current.data?.tasks).toEqual([]);
  });

  it('reports the plans once when they cannot be downloaded, not once for each file', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Not found', { status: 404 })));
    const { result } = renderPlanData(clientWithoutImports());
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.data).toBeUndefined();
    expect(result.current.errors).toEqual([expect.objectContaining({ file: 'plans', issues: [expect.objectContaining({ kind: 'missing-file', detail: 'HTTP 404' })] })]);
  });
});
