import { templateCsv, type TemplateFile } from '@/domain/export/templates';
import { downloadText } from '@/export/download';
import { useMessages } from '@/state/use-i18n';

/** Beside the import form: empty files with the headers the import expects, for staff to fill in. */
export function TemplateDownloads({ index }: { index: string }) {
  const messages = useMessages();
  const templates: { file: TemplateFile; fileName: string; label: string }[] = [
    { file: 'figures', fileName: `${index}-mau.csv`, label: messages.data.template },
    { file: 'targets', fileName: 'targets.csv', label: messages.plans.template.targets },
    { file: 'tasks', fileName: 'tasks.csv', label: messages.plans.template.tasks },
  ];
  return (
    <p className="import-offer">
      {templates.map(({ file, fileName, label }) => (
        <button key={file} type="button" className="button" onClick={() => downloadText(fileName, templateCsv(file))}>
          {label}
        </button>
      ))}
    </p>
  );
}
