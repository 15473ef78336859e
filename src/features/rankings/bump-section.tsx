import { useId } from 'react';
import { UnitPicker } from '@/components/unit-picker';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { BUMP_SETS, type BumpSet } from '@/state/view-state';
import { BumpFigure } from './rankings-charts';
import type { BumpModel } from './bump-model';
import type { RankingsModel } from './rankings-model';
import { byNameIn } from '@/i18n/names';

/** The rank-over-time chart with its choice of units: Cần Thơ + Mekong Delta, the top 10, or a free choice. */
export function BumpSection({ model, bump }: { model: RankingsModel; bump: BumpModel }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const view = useViewValues('bump', 'units');
  const update = useUpdateView();
  const id = useId();
  const year = model.year ?? 0;
  const labels = model.level === 'province' ? t.bumpSets : t.bumpSetsDistrict;
  const setLabel = (set: BumpSet) => (set === 'top10' ? labels.top10(year) : labels[set]);
  const pickable = [...model.levelUnits].sort(byNameIn(lang));
  const quickPicks =
    model.level === 'province'
      ? [
          { label: t.quickMekong, codes: model.quickPicks.mekong },
          { label: t.quickCities, codes: model.quickPicks.cities },
        ]
      : [];
  return (
    <section className="card bump-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.bumpHeading}</h2>
      <fieldset className="bump-sets">
        <legend className="label">{t.bumpSet}</legend>
        {BUMP_SETS.map((set) => (
          <label key={set}>
            <input type="radio" name={`${id}-set`} value={set} checked={view.bump === set} onChange={() => update({ bump: set })} />
            {setLabel(set)}
          </label>
        ))}
      </fieldset>
      {view.bump === 'selected' && (
        <UnitPicker units={pickable} selected={view.units.filter((code) => pickable.some((u) => u.code === code))} onChange={(units) => update({ units })} quickPicks={quickPicks} />
      )}
      <BumpFigure.Part model={model} bump={bump} setLabel={setLabel(bump.set)} />
    </section>
  );
}
