import { SourceLine } from '@/components/source-line';
import type { Catalog, IndexDef } from '@/domain/types';
import { creditText } from '@/i18n/credit-line';
import type { PlanDataState } from '@/queries/use-plan-data';
import { useLang, useMessages } from '@/state/use-i18n';
import { useIndexProfile } from './use-index-profile';
import { shortIn } from '@/i18n/names';

interface Props {
  catalog: Catalog;
  index: IndexDef;
  plans: PlanDataState;
  today: string;
}

/** The publishers of one index's printed figures ("PAPI 2017–2024 (CECODES, VFF-CRT, RTA, UNDP); Kế hoạch 4168/QĐ-UBND"), a part of the page's one source line. */
export function ProfileCredit({ catalog, index, plans, today, after }: Props & { after: boolean }) {
  const lang = useLang();
  const plansText = useMessages().plans;
  const { profile } = useIndexProfile(catalog, index, plans, today);
  if (!profile || profile.credits.length === 0) return null;
  return <span>{`${after ? '; ' : ''}${profile.credits.map((credit) => creditText(credit, lang, plansText)).join('; ')}`}</span>;
}

/** Every source of the figures printed for one index: where each was read, for the reader who asks. */
export function ProfileSources({ catalog, index, plans, today }: Props) {
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
