import { useState } from 'react';
import { useMessages } from '@/state/use-i18n';

/** The generated summary, ready to paste into the conference report. */
export function SummaryBox({ sentences }: { sentences: readonly string[] }) {
  const t = useMessages().components;
  const [copied, setCopied] = useState(false);
  const text = sentences.join(' ');
  const copy = () =>
    navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section className="summary-box" aria-labelledby="components-summary">
      <h2 id="components-summary">{t.summaryTitle}</h2>
      <p>{text}</p>
      <button type="button" className="button" onClick={copy}>
        {copied ? t.copied : t.copy}
      </button>
    </section>
  );
}
