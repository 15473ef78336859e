import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './view-state';

describe('view state in the URL', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('writes readable per-key parameters without defaults', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'rankings', year: 2024 })).toBe('?view=rankings&year=2024');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'plans', plan: 'qd-4168-2021', by: 'component' })).toBe('?view=plans&plan=qd-4168-2021&by=component');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'trends', index: 'par', units: ['P59', 'P01'], measure: 'rank' })).toBe(
      '?view=trends&index=par&measure=rank&units=P59,P01',
    );
  });

  it.each<ViewState>([
    { ...DEFAULT_VIEW_STATE, view: 'trends', index: 'sipas', units: ['P59', 'P60', 'CT-ninh-kieu'], from: 2015, to: 2024, refs: [], component: 'D5' },
    { ...DEFAULT_VIEW_STATE, view: 'rankings', year: 2022, level: 'district', bump: 'top10', sort: '-score', refs: ['best'] },
    { ...DEFAULT_VIEW_STATE, view: 'components', year: 2024, component: 'D5', group: 'central-cities', sort: 'change' },
    { ...DEFAULT_VIEW_STATE, view: 'components', year: 2024, compare: [2017, 2024] },
    { ...DEFAULT_VIEW_STATE, view: 'plans', plan: 'kh-153-2022', by: 'status' },
    { ...DEFAULT_VIEW_STATE, view: 'plans', agency: 'snv' },
    { ...DEFAULT_VIEW_STATE, view: 'present', deck: ['title', 'ranking.papi.2023', 'components.papi.2024.total.central-cities'], slide: 2, presenter: true },
  ])('round-trips %j', (state) => {
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it.each([
    ['an unknown view', '?view=admin', { view: 'overview' }],
    ['a malformed year', '?year=20x4&from=99', { year: undefined, from: undefined }],
    ['an unknown measure', '?measure=median', { measure: 'score' }],
    ['units with odd characters', '?units=P59,<script>,P01', { units: ['P59', 'P01'] }],
    ['an empty unit list', '?units=', { units: ['P59'] }],
    ['unknown references', '?refs=national,moon', { refs: ['national'] }],
    ['a year range given backwards', '?from=2024&to=2011', { from: 2011, to: 2024 }],
    ['two years to compare given backwards', '?compare=2024,2023', { compare: [2023, 2024] }],
    ['one year to compare', '?compare=2024', { compare: undefined }],
    ['the same year twice to compare', '?compare=2024,2024', { compare: undefined }],
    ['three years to compare', '?compare=2022,2023,2024', { compare: undefined }],
    ['a malformed year to compare', '?compare=2023,20x4', { compare: undefined }],
    ['a malformed sort', '?sort=drop table', { sort: undefined }],
    ['a malformed plan and an unknown task grouping', '?view=plans&plan=<b>&agency=a b&by=colour', { view: 'plans', plan: undefined, agency: undefined, by: 'agency' }],
  ])('falls back without an error on %s', (_, search, expected) => {
    expect(parseViewState(search)).toMatchObject(expected);
  });
});
