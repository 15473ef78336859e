import { CatalogGate } from '@/components/catalog-gate';
import { cityChain } from '@/domain/city';
import { provincialIndices } from '@/domain/indices';
import { type Catalog } from '@/domain/types';
import { formatDate, formatList } from '@/i18n/format';
import { useLang, useCoreMessages } from '@/state/use-i18n';
import { IndexCard } from './index-card';
import { unitLineage } from './overview-model';
import { nameIn } from '@/i18n/names';

export function OverviewView() {
  return <CatalogGate>{(catalog) => <Overview catalog={catalog} />}</CatalogGate>;
}

function Overview({ catalog }: { catalog: Catalog }) {
  const t = useCoreMessages();
  const lang = useLang();
  const former = cityChain(catalog)[0];
  const lineage = former && unitLineage(catalog, former.code);
  return (
    <>
      <div className="page-heading">
        <h1>{t.overviewHeading(former ? nameIn(former, lang) : '')}</h1>
        <p className="muted">{t.overviewIntro}</p>
        {lineage && <p className="note">{t.city.lineageNote(formatList(lineage.merged.map((u) => nameIn(u, lang)), lang), formatDate(lineage.from))}</p>}
      </div>
      <div className="cards">
        {provincialIndices(catalog).map((index) => (
          <IndexCard key={index.code} catalog={catalog} index={index} />
        ))}
      </div>
    </>
  );
}
