import { useId } from 'react';
import { SourceLine } from '@/components/source-line';
import type { FiguresByYear } from '@/domain/results';
import type { Aggregate, Catalog, IndexDef } from '@/domain/types';
import { formatScore } from '@/i18n/format';
import { shortIn } from '@/i18n/names';
import { useLang, useMessages } from '@/state/use-i18n';
import { cityMeans } from './city-means';

function MeanCell({ mean }: { mean?: Aggregate }) {
  const t = useMessages().rankings;
  const lang = useLang();
  if (!mean) return <td className="num"><span className="gap-note">{t.cityMeans.notPublished}</span></td>;
  const value = formatScore(mean.value, mean.valueUnit === 'points' ? 'points' : 'percent', lang);
  return (
    <td className="num">
      {value}
      {mean.derivation && <span className="muted small" title={mean.derivation}> ({t.derived.toLowerCase()})</span>}
    </td>
  );
}

/** The city's own index: its department and district means by year, with the source of each year's figures. */
export function CityMeansSection({ catalog, index, byYear, lastYear }: { catalog: Catalog; index: IndexDef; byYear: FiguresByYear; lastYear?: number }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const id = useId();
  const model = cityMeans(catalog, index, byYear, lastYear);
  if (!model) return null;
  const sourceTitles = (row: (typeof model.rows)[number]) =>
    [...new Set([row.city, row.department, row.district].flatMap((a) => a?.sources ?? []))].map((s) => catalog.sources.get(s)?.publisher || s).join('; ');
  return (
    <section className="card city-means" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="figure-title">
        {t.cityMeans.title(shortIn(index, lang))}
      </h2>
      <p className="muted small">{t.cityMeans.intro}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.cityMeans.year}</th>
              {model.rows.some((r) => r.city) && <th scope="col" className="num">{t.cityMeans.city}</th>}
              <th scope="col" className="num">{t.cityMeans.department}</th>
              <th scope="col" className="num">{t.cityMeans.district}</th>
              <th scope="col">{t.cityMeans.source}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.year} data-year={row.year}>
                <th scope="row">{row.year}</th>
                {model.rows.some((r) => r.city) && (
                  <td className="num">{row.city?.score !== undefined ? formatScore(row.city.score, index.scoreUnit, lang) : <span className="gap-note">{t.cityMeans.notPublished}</span>}</td>
                )}
                <MeanCell mean={row.department} />
                <MeanCell mean={row.district} />
                <td className="small">{sourceTitles(row) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.unitScores.length > 0 && (
        <>
          <h3 className="small">{t.cityMeans.unitScores}</h3>
          <ul className="small">
            {model.unitScores.map((a) => (
              <li key={`${a.year}-${a.subject}`}>
                {a.year}: {a.subject} {formatScore(a.value, 'percent', lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceLine sources={model.sources} />
    </section>
  );
}
