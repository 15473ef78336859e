import { useQuery } from '@tanstack/react-query';
import { ErrorCallout } from '@/components/error-callout';
import { DataFileError } from '@/domain/issues';
import { formatDate, formatList } from '@/i18n/format';
import { catalogQuery } from '@/queries/data-queries';
import { useLang, useMessages } from '@/state/use-i18n';
import { IndexCard } from './index-card';
import { provincialIndices, unitLineage } from './overview-model';

const CAN_THO = 'P59';

export function OverviewView() {
  const t = useMessages();
  const lang = useLang();
  const { data: catalog, error } = useQuery(catalogQuery);
  if (error) {
    const issues = error instanceof DataFileError ? error.issues : [{ file: 'data', line: 0, kind: 'missing-file' as const, detail: error.message }];
    return <ErrorCallout title={t.catalogErrorTitle} issues={issues} help={t.fileErrorHelp} />;
  }
  if (!catalog) return <p className="muted">{t.loading}</p>;
  const unit = catalog.units.get(CAN_THO);
  const unitName = unit ? (lang === 'vi' ? unit.nameVi : unit.nameEn) : CAN_THO;
  const lineage = unitLineage(catalog, CAN_THO);
  return (
    <>
      <div className="page-heading">
        <h1>{t.overviewHeading(unitName)}</h1>
        <p className="muted">{t.overviewIntro}</p>
        {lineage && (
          <p className="note">
            {t.unitLineage(
              formatList(lineage.merged.map((u) => (lang === 'vi' ? u.nameVi : u.nameEn)), lang),
              lang === 'vi' ? lineage.successor.nameVi : lineage.successor.nameEn,
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
