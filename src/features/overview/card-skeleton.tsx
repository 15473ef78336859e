import type { CoreMessages } from '@/i18n/vi';
import { TrendPlaceholder } from './trend-placeholder';

/**
 * The card's lines, empty, while its files load: the numbers then fill the space instead of pushing
 * the cards below them down the page.
 */
export function CardSkeleton({ t }: { t: CoreMessages }) {
  return (
    <>
      <div className="headline">
        <div className="headline-score">
          <p className="big-number">&nbsp;</p>
          <p className="label muted">{t.loading}</p>
        </div>
      </div>
      <p className="change" aria-hidden="true">
        &nbsp;
      </p>
      <p className="mean" aria-hidden="true">
        &nbsp;
      </p>
      <TrendPlaceholder t={t} />
      <footer className="card-sources" aria-hidden="true">
        <p>&nbsp;</p>
      </footer>
    </>
  );
}
