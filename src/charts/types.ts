export interface SeriesConfig {
  key: string;
  label: string;
  color: string;
}

export type ValueFormatter = (value: number) => string;
