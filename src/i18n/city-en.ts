import type { CityMessages } from './city-vi';

export const cityEn = {
  after: (date: string) => `Can Tho City (after the merger, from ${date})`,
  before: 'Can Tho City (before the merger)',
  lineageNote: (merged: string, date: string) =>
    `On ${date}, ${merged} merged into the new Can Tho City. Each index shows its latest year with data: to 2024 that of Can Tho before the merger; from 2025 that of the new city, once its results are imported (Data). The two series are never joined.`,
  beforeHeading: (year: number) => `Before the merger, ${year}`,
  newLineFrom: (year: number) => `From ${year}: Can Tho City after the merger (a new line, not joined to the one before)`,
  noData: 'no data',
  share: (percent: string) => `top ${percent}%`,
  compareNote: (before: string, after: string) =>
    `Ranks are not directly comparable: last year of ${before} provinces, this year of ${after}; the “top” share helps compare.`,
} satisfies CityMessages;
