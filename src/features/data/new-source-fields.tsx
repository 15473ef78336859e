import { useMessages } from '@/state/use-i18n';
import { refusedSourceDate, refusedSourceUrl, type JobSettings, type TypedSource } from './import-settings';

interface FieldsProps {
  /** Prefix of the inputs' ids, unique in the page. */
  id: string;
  settings: JobSettings & { newSource: TypedSource };
  onChange: (source: TypedSource) => void;
}

/** Title, publisher, date (dd/mm/yyyy) and address of a source typed in for one import; a wrong date or address is said at its field. */
export function NewSourceFields({ id, settings, onChange }: FieldsProps) {
  const t = useMessages().data;
  const source = settings.newSource;
  const field = (key: keyof TypedSource, label: string, type: 'text' | 'url', error?: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        defaultValue={source[key]}
        placeholder={key === 'date' ? t.newSourceDatePlaceholder : undefined}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-${key}-error` : undefined}
        onBlur={(e) => e.target.value !== source[key] && onChange({ ...source, [key]: e.target.value })}
      />
      {error && (
        <p id={`${id}-${key}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  return (
    <>
      {field('title', t.newSourceTitle, 'text')}
      {field('publisher', t.newSourcePublisher, 'text')}
      {field('date', t.newSourceDate, 'text', refusedSourceDate(settings) ? t.sourceDateRefused : undefined)}
      {field('url', t.newSourceUrl, 'url', refusedSourceUrl(settings) ? t.sourceUrlRefused : undefined)}
    </>
  );
}
