import type { Catalog, IndexDef } from '@/domain/types';
import { ChangeLine } from '@/components/change-line';
import { FileErrors } from '@/components/error-callout';
import { MeanLine } from '@/components/mean-line';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useCoreMessages, useLang } from '@/state/use-i18n';
import { cityLabel } from '@/components/city-label';
import { CardSkeleton } from './card-skeleton';
import { MergerBlock } from '@/components/merger-block';
import { usePainted } from '@/components/after-paint';
import { codeSplit } from '@/components/code-split';
import { CardSources } from './card-sources';
import { HeadlineFigures } from './card-figures';
import { buildOverviewCard, headlineSettled } from './overview-model';
import { TrendPlaceholder } from './trend-placeholder';
import { nameIn, shortIn } from '@/i18n/names';

// The trend is drawn once every year is in, after the headline numbers: its code loads apart. Not behind Suspense,
// whose reveal waited 300 ms (code-split.tsx): with its sparkline drawn without Recharts, its render is short.
const TrendBlock = codeSplit(() => import('./trend-block').then((module) => module.TrendBlock));

export function IndexCard({ catalog, index }: { catalog: Catalog; index: IndexDef }) {
  // The trend's code is asked for once the card's numbers are painted: nothing of the first paint waits on it.
  const painted = usePainted();
  const t = useCoreMessages();
  const lang = useLang();
  const { byYear, errors, pending, years } = useIndexFigures(catalog, index.code, 'totals');
  const name = shortIn(index, lang);
  const headingId = `card-${index.code}`;
  const built = errors.length === 0 && years ? buildOverviewCard(catalog, index, byYear) : undefined;
  // The numbers show as soon as the latest years give them; the trend waits for every year.
  const card = built && (!pending || headlineSettled(built, byYear, years ?? [])) ? built : undefined;
  return (
    <section className="card" aria-labelledby={headingId} aria-busy={pending}>
      <header className="card-header">
        <h2 id={headingId}>{name}</h2>
        {card && <p className="card-year">{t.year(card.latestYear)}</p>}
        <p className="card-subtitle">{nameIn(index, lang)}</p>
        {card && <p className="card-unit" data-testid="card-unit">{cityLabel(catalog, card.unit, t.city)}</p>}
      </header>
      <FileErrors errors={errors} />
      {!card && errors.length === 0 && <CardSkeleton t={t} />}
      {card && (
        <>
          <HeadlineFigures card={card} t={t} lang={lang} />
          {card.merger ? (
            <MergerBlock catalog={catalog} merger={card.merger} scoreUnit={index.scoreUnit} t={t} lang={lang} />
          ) : (
            <ChangeLine change={card.change} year={card.latestYear} />
          )}
          {card.mean && (
            <MeanLine mean={card.mean.value} year={card.mean.year} score={card.score?.year === card.mean.year ? card.score.value : undefined} unit={index.scoreUnit} />
          )}
          {pending || !painted ? <TrendPlaceholder t={t} /> : <TrendBlock.Part card={card} t={t} lang={lang} fallback={<TrendPlaceholder t={t} />} />}
          <CardSources card={card} t={t} />
        </>
      )}
    </section>
  );
}
