// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { PlanCore } from '@/domain/plans-types';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { ImportsState } from './imports-queries';
import { usePlanData } from './use-plan-data';

// Made-up, empty plan files: only the identity of what the hook hands out matters here.
const madeUpCore: PlanCore = { agencies: new Map(), plans: [] };

describe('usePlanData', () => {
  it('hands out the same result and data across renders while nothing changes', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['plans', 'core'], madeUpCore);
    client.setQueryData(['plans', 'targets'], []);
    client.setQueryData(['plans', 'tasks'], []);
    client.setQueryData<ImportsState>(['imports'], { batches: [], planBatches: [], available: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result, rerender } = renderHook(() => usePlanData(tinyCatalog()), { wrapper });
    const first = result.current;
    expect(first).toMatchObject({ pending: false, errors: [] });
    expect(first.data).toBeDefined();
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.data).toBe(first.data);
  });
});
