import { SourceLine } from '@/components/source-line';
import type { Catalog, IndexDef } from '@/domain/types';
import type { PlanDataState } from '@/queries/use-plan-data';
import { useLang } from '@/state/use-i18n';
import { useIndexProfile } from './use-index-profile';
import { shortIn } from '@/i18n/names';

/** The sources of every figure printed for one index, at the foot of the page. */
export function ProfileSources({ catalog, index, plans, today }: { catalog: Catalog; index: IndexDef; plans: PlanDataState; today: string }) {
  const lang = useLang();
  const { profile } = useIndexProfile(catalog, index, plans, today);
  if (!profile || profile.sources.length === 0) return null;
  return (
    <div className="profile-source">
      <strong>{shortIn(index, lang)}</strong>
      <SourceLine sources={profile.sources} />
    </div>
  );
}
