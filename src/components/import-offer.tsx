import { ViewLink } from '@/components/view-link';
import { downloadText } from '@/export/download';
import { useMessages } from '@/state/use-i18n';

export interface Template {
  fileName: string;
  label: string;
  csv: () => string;
}

/** What an empty state offers staff: the import of the Dữ liệu view, and empty files with the right header. */
export function ImportOffer({ templates }: { templates: readonly Template[] }) {
  const t = useMessages().importOffer;
  return (
    <p className="import-offer">
      <ViewLink change={{ view: 'data', plan: undefined, agency: undefined }} className="button primary">
        {t.link}
      </ViewLink>
      {templates.map(({ fileName, label, csv }) => (
        <button key={fileName} type="button" className="button" onClick={() => downloadText(fileName, csv())}>
          {label}
        </button>
      ))}
    </p>
  );
}
