import { formatRank, formatList } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { RankingsModel } from './rankings-model';
import { nameIn } from '@/i18n/names';

/** "12/13 Đồng bằng sông Cửu Long", "5/5 thành phố trực thuộc trung ương", or why a position cannot be given. */
export function GroupPositions({ model }: { model: RankingsModel }) {
  const messages = useMessages();
  const t = messages.rankings;
  const lang = useLang();
  const { focus, positions } = model;
  if (!focus) return <p className="muted">{t.positionDistrict}</p>;
  const name = nameIn(focus, lang);
  return (
    <div className="group-positions">
      <h3 className="label">
        {t.inGroups}
        {model.index.rankKind === 'computed' && ` (${t.computed})`}
      </h3>
      {positions.length === 0 && <p className="muted">{t.positionNoGroup}</p>}
      <ul>
        {positions.map(({ group, result, inferred }) => {
          const groupName = `${nameIn(group, lang)}${inferred ? ` (${t.inferredMembers})` : ''}`;
          return (
            <li key={group.code} data-testid={`position-${group.code}`}>
              {result.kind === 'position' ? (
                <>
                  <strong className="position-value">{formatRank(result.position, result.of, lang)}</strong> {groupName}
                  {result.unscored.length > 0 && (
                    <span className="muted">
                      {' '}
                      {t.unscored(formatList(result.unscored.map((u) => `${nameIn(u.unit, lang)} – ${messages.statuses[u.status].toLowerCase()}`), lang))}
                    </span>
                  )}
                </>
              ) : (
                <>
                  <strong>{groupName}:</strong>{' '}
                  <span className="muted">{result.kind === 'no-score' ? t.positionNoScore(name) : t.positionIncomplete(result.scored, result.members)}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
