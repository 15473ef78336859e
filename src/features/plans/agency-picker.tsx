import { useId } from 'react';
import type { PlanData } from '@/domain/plans-types';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView } from '@/state/use-view';
import { nameIn } from '@/i18n/names';

/** Choosing an agency opens the page of all its tasks across plans. */
export function AgencyPicker({ data, agency }: { data: PlanData; agency?: string }) {
  const t = useMessages().plans;
  const lang = useLang();
  const update = useUpdateView();
  const id = useId();
  // Already in the alphabetical order of their Vietnamese names (parsePlanCore).
  const agencies = [...data.agencies.values()];
  return (
    <div className="agency-picker">
      <label htmlFor={id}>{t.chooseAgency}</label>
      <select id={id} value={agency ?? ''} onChange={(e) => update({ agency: e.target.value || undefined, plan: undefined })}>
        <option value="">{t.allAgencies}</option>
        {agencies.map((a) => (
          <option key={a.code} value={a.code}>
            {nameIn(a, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
