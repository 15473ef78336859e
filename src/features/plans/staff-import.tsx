import { ViewLink } from '@/components/view-link';
import { downloadText } from '@/export/download';
import { useMessages } from '@/state/use-i18n';
import { planFileTemplate } from './task-export';

/** Where staff add targets or tasks: the import of the Dữ liệu view, and an empty file with the right header. */
export function StaffImport({ files }: { files: readonly ('targets' | 'tasks')[] }) {
  const t = useMessages().plans;
  return (
    <p className="staff-import">
      <ViewLink change={{ view: 'data', plan: undefined, agency: undefined }} className="button primary">
        {t.importFile}
      </ViewLink>
      {files.map((file) => (
        <button key={file} type="button" className="button" onClick={() => downloadText(`${file}.csv`, planFileTemplate(file))}>
          {t.template[file]}
        </button>
      ))}
    </p>
  );
}
