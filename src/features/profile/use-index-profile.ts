import { useMemo } from 'react';
import type { PlanDataState } from '@/queries/use-plan-data';
import { CITY } from '@/domain/city';
import { type Catalog, type IndexDef } from '@/domain/types';
import { useIndexFigures } from '@/queries/use-index-figures';
import { buildIndexProfile, buildProfileTop, type IndexProfile, type ProfileTop } from './profile-model';
/**
 * The profile of one index for Cần Thơ, once its files are loaded; file errors are passed on, never hidden. Its top
 * (latest result, trend) shows before: from the totals (the build-time summary, as on the overview) until the whole
 * files are parsed, then from those.
 */
export function useIndexProfile(catalog: Catalog, index: IndexDef, plans: PlanDataState, today: string) {
  const totals = useIndexFigures(catalog, index.code, 'totals');
  const { byYear, errors, pending } = useIndexFigures(catalog, index.code);
  // A task file still loading or unreadable says nothing about late tasks: no "none recorded" then.
  const tasksKnown = !plans.pending && plans.errors.length === 0;
  const profile: IndexProfile | undefined =
    pending || errors.length > 0
      ? undefined
      : buildIndexProfile({ catalog, index, byYear, unit: CITY, today, targets: plans.data?.targets ?? [], tasks: tasksKnown ? plans.data?.tasks : undefined, plans: plans.data?.plans });
  const totalsReady = !totals.pending && totals.errors.length === 0;
  const fromTotals = useMemo(() => (totalsReady ? buildProfileTop(catalog, index, totals.byYear, CITY) : undefined), [catalog, index, totals.byYear, totalsReady]);
  const top: ProfileTop | undefined = profile ?? (errors.length === 0 ? fromTotals : undefined);
  return { top, profile, errors, pending };
}
