import { useId } from 'react';
import { formatRank, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView } from '@/state/use-view';
import { ExportButtons } from '@/components/export-buttons';
import { longTable } from '@/domain/export/canonical';
import { FigureNotes } from './figure-notes';
import { YearCounts } from './year-counts';
import { rankingExportTable } from './ranking-export';
import { placesText, pointsText, type ChangeText } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import type { RankingRow } from './ranking-rows';
import type { ScoreUnit } from '@/domain/types';
import { nextSort, serializeSort, type SortKey } from './ranking-sort';
import { nameIn, shortIn } from '@/i18n/names';

const change = (value: ChangeText | undefined, unit: string) =>
  value ? (
    <span className={value.className}>
      {value.text}
      <span className="visually-hidden"> {unit}</span>
    </span>
  ) : (
    '—'
  );

/** A score; a gap says which kind of gap it is; disagreeing sources show every value. */
function ScoreCell({ row, unit, digits = 2 }: { row: RankingRow; unit: ScoreUnit; digits?: number }) {
  const statuses = useMessages().statuses;
  const lang = useLang();
  const format = (value: number) => formatScore(value, unit, lang, digits);
  return (
    <td className="num">
      {row.score !== undefined ? format(row.score) : row.status === 'published' ? '—' : <span className="gap-note">{statuses[row.status]}</span>}
      {row.altScores.length > 0 && <span className="muted"> * / {row.altScores.map(format).join(' / ')}</span>}
    </td>
  );
}

/** The sortable table of the year: the dot plot's table alternative, and the only view of rank-only years. */
/** The dot plot names this table as its text alternative (aria-details). */
export const RANKING_TABLE_ID = 'ranking-table';

export function RankingTable({ model, only }: { model: RankingsModel; only?: readonly string[] }) {
  const messages = useMessages();
  const t = messages.rankings;
  const statuses = messages.statuses;
  const lang = useLang();
  const update = useUpdateView();
  const id = useId();
  const { index, year, rows, sort, level, availability } = model;
  if (year === undefined) return null;
  const computed = index.rankKind === 'computed';
  // A year with ranks only (the city's district ranking) has no score or point columns to show.
  const scored = availability === 'scores';
  const title = t.tableTitle(shortIn(index, lang), year);
  const shown = only ? rows.filter((row) => only.includes(row.unit.code)) : rows;
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="sort-button" onClick={() => update({ sort: serializeSort(nextSort(sort, key)) })}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.descending ? ' ▼' : ' ▲') : ' ⇅'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <section className="card rank-table">
      <h2 id={`${id}-title`} className="figure-title">
        {title}
      </h2>
      <p className="muted small">
        {t.tableHint} {model.previousYearLoaded && t.changeSinceNote(year - 1)}
      </p>
      <ExportButtons
        shown={rankingExportTable(model, t, statuses, lang, shown)}
        full={longTable(rows.flatMap((row) => row.figures))}
        nameParts={[index.code, year, model.component.code === 'total' ? undefined : model.component.code, t.exportName]}
        sources={model.sources}
      />
      <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table id={RANKING_TABLE_ID}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {header('rank', computed ? t.rankComputed : t.columns.rank, true)}
              {header('name', t.columns.name)}
              {scored && header('score', t.columns.score, true)}
              {header('places', t.columns.places, true)}
              {scored && header('points', t.columns.points, true)}
              {level === 'province' && header('region', t.columns.region)}
              {computed && <th scope="col">{t.columns.band}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.unit.code} className={row.highlight ? 'highlight-row' : undefined} data-unit={row.unit.code}>
                <td className="num">{row.rank ? formatRank(row.rank.rank, row.rank.rankOf, lang) : '—'}</td>
                <th scope="row">{nameIn(row.unit, lang)}</th>
                {scored && <ScoreCell row={row} unit={index.scoreUnit} digits={model.scoreDigits.get(row.unit.code)} />}
                <td className="num">{change(placesText(row.change, t, lang), t.placesUnit)}</td>
                {scored && <td className="num">{change(pointsText(row.change, t, lang), t.pointsUnit)}</td>}
                {level === 'province' && <td>{row.region ? shortIn(row.region, lang) : '—'}</td>}
                {computed && <td>{row.band ? <span className={`band band-${row.band}`}>{t.bandsShort[row.band]}</span> : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scored && model.scoreDigits.size > 0 && <p className="muted small near-tie-note">{t.nearTieNote}</p>}
      <YearCounts model={model} />
      {availability !== 'scores' && <FigureNotes model={model} />}
    </section>
  );
}
