import { useMessages } from '@/state/use-i18n';
import { StaffImport } from './staff-import';

/** How staff enter targets and tasks: the dashboard never invents them. */
export function HowTo() {
  const t = useMessages().plans;
  return (
    <details className="how-to">
      <summary>{t.howToTitle}</summary>
      {t.howTo.map((paragraph) => (
        <p key={paragraph}>
          {/* `…` in the message marks a value typed as is in the file: a code, not a word of the language. */}
          {paragraph.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
        </p>
      ))}
      <StaffImport files={['targets', 'tasks']} />
    </details>
  );
}
