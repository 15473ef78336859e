import { useMessages } from '@/state/use-i18n';
import { StaffImport } from './staff-import';

/** How staff enter targets and tasks: the dashboard never invents them. */
export function HowTo() {
  const t = useMessages().plans;
  return (
    <details className="how-to">
      <summary>{t.howToTitle}</summary>
      {t.howTo.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <StaffImport files={['targets', 'tasks']} />
    </details>
  );
}
