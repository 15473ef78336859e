import type { Catalog, IndexDef } from '@/domain/types';
import { FileErrors } from '@/components/error-callout';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { CardSources } from './card-sources';
import { ChangeLine, HeadlineFigures, MeanLine } from './card-figures';
import { buildOverviewCard } from './overview-model';
import { TrendBlock } from './trend-block';

export function IndexCard({ catalog, index, unit }: { catalog: Catalog; index: IndexDef; unit: string }) {
  const t = useMessages();
  const lang = useLang();
  const { byYear, errors, pending } = useIndexFigures(catalog, index.code);
  const name = lang === 'vi' ? index.shortVi : index.shortEn;
  const headingId = `card-${index.code}`;
  const card = !pending && errors.length === 0 ? buildOverviewCard(catalog, index, byYear, unit) : undefined;
  return (
    <section className="card" aria-labelledby={headingId} aria-busy={pending}>
      <header className="card-header">
        <h2 id={headingId}>{name}</h2>
        {card && <p className="card-year">{t.year(card.latestYear)}</p>}
        <p className="card-subtitle">{lang === 'vi' ? index.nameVi : index.nameEn}</p>
      </header>
      <FileErrors errors={errors} />
      {pending && errors.length === 0 && <p className="muted">{t.loading}</p>}
      {card && (
        <>
          <HeadlineFigures card={card} t={t} lang={lang} />
          <ChangeLine card={card} t={t} lang={lang} />
          <MeanLine card={card} t={t} lang={lang} />
          <TrendBlock card={card} t={t} lang={lang} />
          <CardSources card={card} t={t} />
        </>
      )}
    </section>
  );
}
