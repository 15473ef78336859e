import type { Component } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { formatMax } from './summary';
import { nameIn } from '@/i18n/names';

/** The codes staff type in the component column when they import a unit's component scores. */
export function ComponentCodes({ components }: { components: readonly Component[] }) {
  const t = useMessages().components;
  const lang = useLang();
  return (
    <div className="panel table-scroll">
      <table>
        <caption>{t.codesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.columns.name}</th>
            <th scope="col">{t.columns.max}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.code}>
              <th scope="row" className="code">
                {c.code}
              </th>
              <td>{nameIn(c, lang)}</td>
              <td className="num">{c.maxPoints === undefined ? '—' : formatMax(c.maxPoints, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
