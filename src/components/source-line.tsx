import type { Source } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { textLang } from '@/i18n/text-lang';
import { useCoreMessages } from '@/state/use-i18n';

const SHOWN = 3;

export function SourceLink({ source }: { source: Source }) {
  const t = useCoreMessages();
  if (source.imported) return <strong className="imported-source">{t.importedFrom(source.imported.file, formatDate(source.imported.importedAt))}</strong>;
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener" target="_blank" lang={textLang(source.title)}>
          {source.title}
        </a>
      ) : (
        <span lang={textLang(source.title)}>{source.title}</span>
      )}
      {source.publisher && (
        <>
          {' ('}
          <span lang={textLang(source.publisher)}>{source.publisher}</span>)
        </>
      )}
    </>
  );
}

const joined = (sources: readonly Source[]) =>
  sources.map((source, i) => (
    <span key={source.id}>
      {i > 0 && '; '}
      <SourceLink source={source} />
    </span>
  ));

/** "Nguồn: title (publisher); …" under every chart and card; a long list folds after the first three. */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const t = useCoreMessages();
  if (sources.length === 0) return null;
  const rest = sources.slice(SHOWN);
  return (
    <div className="source-line">
      <p>
        <span className="label">{t.sources}: </span>
        {joined(sources.slice(0, SHOWN))}
      </p>
      {rest.length > 0 && (
        <details>
          <summary>{t.moreSources(rest.length)}</summary>
          <p>{joined(rest)}</p>
        </details>
      )}
    </div>
  );
}
