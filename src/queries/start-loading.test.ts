import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planPackOf } from '@/domain/plans-pack';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { TINY_PLAN_TEXTS } from '@/domain/testing/tiny-plans';
import { planCoreQuery, targetsQuery, tasksQuery } from './plan-queries';
import { startLoading } from './start-loading';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('what starts before the first render', () => {
  let workers: FakeWorker<unknown, unknown>[] = [];
  beforeEach(() => {
    workers = stubWorkers();
    // Downloads that never end (the catalogue, the summary…), unless a test serves one.
    vi.stubGlobal('fetch', vi.fn(() => new Promise<never>(() => undefined)));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts no worker, whatever the first view: the yearly files come parsed', () => {
    void startLoading(newClient(), {});
    void startLoading(newClient(), { wholeIndex: 'papi' });
    expect(workers).toHaveLength(0);
  });

  it('has the plans in hand for the plans view without waiting for the catalogue (they come parsed)', async () => {
    const texts = { 'plans/agencies.csv': TINY_PLAN_TEXTS.agencies, 'plans/plans.csv': TINY_PLAN_TEXTS.plans, 'plans/targets.csv': TINY_PLAN_TEXTS.targets, 'plans/tasks.csv': TINY_PLAN_TEXTS.tasks };
    const pack = planPackOf(texts, tinyCatalog());
    vi.stubGlobal('fetch', vi.fn((url: string) => (/plan/.test(String(url)) ? Promise.resolve(new Response(JSON.stringify(pack))) : new Promise<never>(() => undefined))));
    const client = newClient();
    void startLoading(client, { plans: true });
    await vi.waitFor(() => expect(client.getQueryData(tasksQuery.queryKey)).toHaveLength(3));
    expect(client.getQueryData(targetsQuery.queryKey)).toEqual(pack.targets);
    expect(client.getQueryData(planCoreQuery.queryKey)?.plans.map((plan) => plan.code)).toEqual(['qd-4168-2021', 'kh-101-2025']);
  });
});
