// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useViewHref, useViewValue, useViewValues } from './use-view';
import { useViewStore } from './view-store';

describe('view store selectors', () => {
  it('re-render only the components that read the changed value', () => {
    const renders = { year: 0, units: 0, levelAndSort: 0, href: 0 };
    function Year() {
      renders.year++;
      return <p>{useViewValue('year')}</p>;
    }
    function Units() {
      renders.units++;
      return <p>{useViewValue('units').join(',')}</p>;
    }
    function LevelAndSort() {
      renders.levelAndSort++;
      const { level, sort } = useViewValues('level', 'sort');
      return <p>{`${level} ${sort ?? ''}`}</p>;
    }
    function RankingsLink() {
      renders.href++;
      return <a href={useViewHref({ view: 'rankings' })}>link</a>;
    }
    const { container } = render(
      <>
        <Year />
        <Units />
        <LevelAndSort />
        <RankingsLink />
      </>,
    );
    const update = useViewStore.getState().update;

    act(() => update({ year: 2022 }));
    expect(renders).toEqual({ year: 2, units: 1, levelAndSort: 1, href: 2 });
    expect(container.textContent).toContain('2022');

    act(() => update({ sort: '-score' }));
    expect(renders).toEqual({ year: 2, units: 1, levelAndSort: 2, href: 3 });

    act(() => update({ units: ['P01'] }));
    expect(renders).toEqual({ year: 2, units: 2, levelAndSort: 2, href: 4 });
    expect(container.querySelector('a')?.getAttribute('href')).toBe('?view=rankings&year=2022&units=P01&sort=-score');

    // Writing the same year again changes nothing that anyone reads.
    act(() => update({ year: 2022 }));
    expect(renders).toEqual({ year: 2, units: 2, levelAndSort: 2, href: 4 });
  });
});
