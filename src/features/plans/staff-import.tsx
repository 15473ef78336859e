import { ImportOffer } from '@/components/import-offer';
import { useMessages } from '@/state/use-i18n';
import { templateCsv } from '@/domain/export/templates';

/** Where staff add targets or tasks: the import of the Dữ liệu view, and the template of each file. */
export function StaffImport({ files }: { files: readonly ('targets' | 'tasks')[] }) {
  const t = useMessages().plans;
  return <ImportOffer templates={files.map((file) => ({ fileName: `${file}.csv`, label: t.template[file], csv: () => templateCsv(file) }))} />;
}
