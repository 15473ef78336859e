import { SourceLine } from '@/components/source-line';
import { SCORE_PARTS } from '@/domain/codes';
import type { Catalog } from '@/domain/types';
import { formatNumber } from '@/i18n/format';
import { nameIn } from '@/i18n/names';
import { useLang, useMessages } from '@/state/use-i18n';
import { scoreParts } from './score-parts';

/** The published parts of the year's scores, folded under the ranking: few units, so no chart. */
export function ScorePartsSection({ catalog, index, year }: { catalog: Catalog; index: string; year: number }) {
  const t = useMessages().rankings.scoreParts;
  const lang = useLang();
  const model = scoreParts(catalog, index, year);
  if (!model) return null;
  return (
    <details className="card score-parts">
      <summary>{t.title(year)}</summary>
      <p className="muted small">{t.intro}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t.title(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              {SCORE_PARTS.map((part) => (
                <th key={part} scope="col" className="num">
                  {t.parts[part]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.unit.code}>
                <th scope="row">{nameIn(row.unit, lang)}</th>
                {SCORE_PARTS.map((part) => {
                  const value = row.parts[part]?.value;
                  return (
                    <td key={part} className="num">
                      {value === undefined ? '—' : formatNumber(value, lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceLine sources={model.sources} />
    </details>
  );
}
