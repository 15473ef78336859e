import { CatalogGate } from '@/components/catalog-gate';
import { provincialIndices } from '@/domain/indices';
import { CAN_THO } from '@/domain/codes';
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
  const unit = catalog.units.get(CAN_THO);
  const unitName = unit ? nameIn(unit, lang) : CAN_THO;
  const lineage = unitLineage(catalog, CAN_THO);
  return (
    <>
      <div className="page-heading">
        <h1>{t.overviewHeading(unitName)}</h1>
        <p className="muted">{t.overviewIntro}</p>
        {lineage && (
          <p className="note">
            {t.unitLineage(
              formatList(lineage.merged.map((u) => nameIn(u, lang)), lang),
              nameIn(lineage.successor, lang),
              formatDate(lineage.from),
              unitName,
              lineage.lastYear,
            )}
          </p>
        )}
      </div>
      <div className="cards">
        {provincialIndices(catalog).map((index) => (
          <IndexCard key={index.code} catalog={catalog} index={index} unit={CAN_THO} />
        ))}
      </div>
    </>
  );
}
