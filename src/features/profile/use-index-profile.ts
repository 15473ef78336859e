import type { PlanDataState } from '@/queries/use-plan-data';
import { CAN_THO } from '@/domain/codes';
import { type Catalog, type IndexDef } from '@/domain/types';
import { useIndexFigures } from '@/queries/use-index-figures';
import { buildIndexProfile, type IndexProfile } from './profile-model';


/** The profile of one index for Cần Thơ, once its files are loaded; file errors are passed on, never hidden. */
export function useIndexProfile(catalog: Catalog, index: IndexDef, plans: PlanDataState, today: string) {
  const { byYear, errors, pending } = useIndexFigures(catalog, index.code);
  // A task file still loading or unreadable says nothing about late tasks: no "none recorded" then.
  const tasksKnown = !plans.pending && plans.errors.length === 0;
  const profile: IndexProfile | undefined =
    pending || errors.length > 0
      ? undefined
      : buildIndexProfile({ catalog, index, byYear, unit: CAN_THO, today, targets: plans.data?.targets ?? [], tasks: tasksKnown ? plans.data?.tasks : undefined, plans: plans.data?.plans });
  return { profile, errors, pending };
}
