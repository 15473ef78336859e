import type { Change } from '@/domain/results';
import { formatInteger, formatNumber } from '@/i18n/format';
import { useLang, useCoreMessages } from '@/state/use-i18n';

/** "So với năm 2023: ▲ tăng 20 bậc · điểm năm 2023 chưa công bố", with the caveat when the method changed between the two years. */
export function ChangeLine({ change, year }: { change?: Change; year: number }) {
  const t = useCoreMessages();
  const lang = useLang();
  if (!change) return <p className="change muted">{t.noPreviousYear(year - 1)}</p>;
  const { places, points } = change;
  return (
    <div className="change">
      <p>
        <span className="label">{t.changeHeading(change.fromYear)}: </span>
        {places !== undefined && (
          <span className={places > 0 ? 'up' : places < 0 ? 'down' : undefined}>
            {places > 0 ? t.placesUp(formatInteger(places, lang)) : places < 0 ? t.placesDown(formatInteger(-places, lang)) : t.placesSame}
          </span>
        )}
        {places !== undefined && ' · '}
        {points !== undefined ? (
          <span className={points > 0 ? 'up' : points < 0 ? 'down' : undefined}>
            {points > 0 ? t.pointsUp(formatNumber(points, lang)) : points < 0 ? t.pointsDown(formatNumber(-points, lang)) : t.pointsSame}
          </span>
        ) : (
          <span className="muted">{t.previousScoreNotPublished(change.fromYear)}</span>
        )}
      </p>
      {change.acrossBreak && <p className="note">{t.acrossBreak}</p>}
    </div>
  );
}
