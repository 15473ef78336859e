import { templateCsv } from '@/domain/export/templates';
import { useMessages } from '@/state/use-i18n';
import { ImportOffer } from './import-offer';

/** Where staff add the figures of an index: the import of the Dữ liệu view, and an empty file of data/<index>/<year>.csv. */
export function FiguresImport({ index }: { index: string }) {
  const t = useMessages().importOffer;
  return <ImportOffer templates={[{ fileName: `${index}-mau.csv`, label: t.figures, csv: () => templateCsv('figures') }]} />;
}
