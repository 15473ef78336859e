import type { Messages } from '@/i18n/vi';
import type { OverviewCardModel } from './overview-model';

export function CardSources({ card, t }: { card: OverviewCardModel; t: Messages }) {
  return (
    <footer className="card-sources">
      {card.derivations.length > 0 && (
        <ul className="derivations">
          {card.derivations.map((d) => (
            <li key={d.text}>
              {t.derivedNote} ({d.years.join(', ')}): {d.text}
            </li>
          ))}
        </ul>
      )}
      <p>
        <span className="label">{t.sources}: </span>
        {card.sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && '; '}
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            {source.publisher && ` (${source.publisher})`}
          </span>
        ))}
      </p>
    </footer>
  );
}
