import { SourceLine } from '@/components/source-line';
import type { Plan } from '@/domain/plans-types';
import { sourcesById } from '@/domain/sources';
import type { Catalog, IndexDef } from '@/domain/types';
import { formatRank, formatScore } from '@/i18n/format';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { cityLabel } from '@/components/city-label';
import { baselineRows, firstResultAfter } from './baseline';
import { nameIn, shortIn } from '@/i18n/names';

function IndexRows({ catalog, index, plan, year }: { catalog: Catalog; index: IndexDef; plan: Plan; year: number }) {
  const messages = useMessages();
  const t = messages.plans;
  const lang = useLang();
  const { byYear, pending } = useIndexFigures(catalog, index.code, 'totals');
  const rows = pending ? [] : baselineRows(catalog, index.code, byYear, plan.unit, year);
  const first = pending ? undefined : firstResultAfter(catalog, index.code, byYear, plan.unit, year);
  const indexName = shortIn(index, lang);
  const sources = sourcesById(catalog, [...rows.map((r) => r.result), ...(first?.result ? [first.result] : [])].flatMap((result) => result.figure?.sources ?? []));
  const span = rows.length + (first ? 1 : 0);
  return (
    <tbody>
      {rows.map(({ unit, result }, i) => (
        <tr key={unit.code}>
          {i === 0 && (
            <th scope="rowgroup" rowSpan={span}>
              {indexName}
            </th>
          )}
          <th scope="row">{nameIn(unit, lang)}</th>
          <td className="num">{result.score === undefined ? t.gap : formatScore(result.score, index.scoreUnit, lang)}</td>
          <td className="num">{result.rank ? `${formatRank(result.rank.rank, result.rank.rankOf, lang)}${result.rank.kind === 'computed' ? ` (${t.computed})` : ''}` : t.gap}</td>
        </tr>
      ))}
      {first && (
        <tr className="first-result" data-testid={`first-result-${index.code}`}>
          <th scope="row">{t.firstResult(cityLabel(catalog, first.unit.code, messages.city) ?? nameIn(first.unit, lang), first.result?.year)}</th>
          {first.result ? (
            <>
              <td className="num">{first.result.score === undefined ? t.gap : formatScore(first.result.score, index.scoreUnit, lang)}</td>
              <td className="num">{first.result.rank ? formatRank(first.result.rank.rank, first.result.rank.rankOf, lang) : t.gap}</td>
            </>
          ) : (
            <td colSpan={2}>{t.outcomes['not-yet']}</td>
          )}
        </tr>
      )}
      {sources.length > 0 && (
        <tr className="source-row">
          <td colSpan={4}>
            <SourceLine sources={sources} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** The year a plan starts from, for each index it covers, from the data (gaps shown as gaps). */
export function BaselineTable({ catalog, plan, year }: { catalog: Catalog; plan: Plan; year: number }) {
  const t = useMessages().plans;
  const indices = plan.indices.flatMap((code) => catalog.indices.get(code) ?? []);
  return (
    <div className="table-scroll">
      <table className="baseline-table">
        <caption>{t.baselineCaption(year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indices}</th>
            <th scope="col">{t.baselineUnit}</th>
            <th scope="col">{t.score}</th>
            <th scope="col">{t.rank}</th>
          </tr>
        </thead>
        {indices.map((index) => (
          <IndexRows key={index.code} catalog={catalog} index={index} plan={plan} year={year} />
        ))}
      </table>
    </div>
  );
}
