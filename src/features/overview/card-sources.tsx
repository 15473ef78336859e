import { DerivationText } from '@/components/derivation-text';
import { SourceLine } from '@/components/source-line';
import type { CoreMessages } from '@/i18n/vi';
import type { OverviewCardModel } from './overview-model';

export function CardSources({ card, t }: { card: OverviewCardModel; t: CoreMessages }) {
  return (
    <footer className="card-sources">
      {card.derivations.length > 0 && (
        <ul className="derivations">
          {card.derivations.map((d) => (
            <li key={d.text}>
              {t.derivedNote} ({d.years.join(', ')}): <DerivationText derivation={d.text} />
            </li>
          ))}
        </ul>
      )}
      <SourceLine sources={card.sources} />
    </footer>
  );
}
