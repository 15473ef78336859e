import { useId } from 'react';
import { formatRank, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import { GroupPositions } from './group-position-list';
import { placesText, pointsText } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { byNameIn, nameIn, shortIn } from '@/i18n/names';

/** The chosen unit (Cần Thơ by default) at a glance: rank, score, change, band, position in its groups. */
export function FocusSummary({ model }: { model: RankingsModel }) {
  const messages = useMessages();
  const t = messages.rankings;
  const lang = useLang();
  const units = useViewValue('units');
  const update = useUpdateView();
  const id = useId();
  const { focus, rows, index, year } = model;
  if (!focus || year === undefined) return null;
  const row = rows.find((r) => r.unit.code === focus.code);
  const name = nameIn(focus, lang);
  const choices = [...model.rows.map((r) => r.unit), ...model.missing].sort(byNameIn(lang));
  const places = placesText(row?.change, t, lang);
  const points = pointsText(row?.change, t, lang);
  return (
    <section className="card focus-summary" aria-labelledby={`${id}-title`}>
      <header className="focus-header">
        <h2 id={`${id}-title`}>
          {t.positionTitle(name)} · {shortIn(index, lang)} {year}
        </h2>
        <div className="control">
          <label className="label" htmlFor={`${id}-unit`}>
            {t.focusUnit}
          </label>
          <select id={`${id}-unit`} value={focus.code} onChange={(e) => update({ units: [e.target.value, ...units.filter((c) => c !== e.target.value)] })}>
            {choices.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {nameIn(unit, lang)}
              </option>
            ))}
          </select>
        </div>
      </header>
      {!row && <p className="gap-note">{t.noResult(name, year)}</p>}
      {row && (
        <dl className="focus-figures">
          <div>
            <dt className="label">{t.rankLabel(row.rank?.kind === 'computed')}</dt>
            <dd className="focus-number">{row.rank ? formatRank(row.rank.rank, row.rank.rankOf, lang) : '—'}</dd>
          </div>
          <div>
            <dt className="label">{t.scoreLabel}</dt>
            <dd className="focus-number">{row.score !== undefined ? formatScore(row.score, index.scoreUnit, lang) : messages.statuses[row.status]}</dd>
          </div>
          {row.change && (
            <div>
              <dt className="label">{t.changeSince(row.change.fromYear)}</dt>
              <dd className="focus-change">
                {places && <span className={places.className}>{`${places.text} ${t.placesUnit}`}</span>}
                {places && points && ' · '}
                {points && <span className={points.className}>{`${points.text} ${t.pointsUnit}`}</span>}
              </dd>
            </div>
          )}
          {row.band && (
            <div>
              <dt className="label">{t.bandLabel}</dt>
              <dd className={`focus-band band-${row.band}`}>{t.bands[row.band]}</dd>
            </div>
          )}
        </dl>
      )}
      <GroupPositions model={model} />
    </section>
  );
}
