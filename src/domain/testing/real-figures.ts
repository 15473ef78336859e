// The headline facts of the bundled real data (data/), as their sources publish or compute them.
// src/domain/data-contract.test.ts checks each one once against the files; other tests that need a real
// figure import it from here rather than copying the number.
import { CAN_THO } from '@/domain/codes';

export { CAN_THO };

/** Cần Thơ's PAPI total and computed rank by year: data/papi/<year>.csv (source papi-ml-mcdm), as data/papi/README.md expects. */
export const PAPI_CAN_THO: Readonly<Record<number, { score: number; rank: number; rankOf: number }>> = {
  2011: { score: 35.61, rank: 33, rankOf: 63 },
  2016: { score: 39.572, rank: 1, rankOf: 63 },
  2018: { score: 46.061, rank: 8, rankOf: 61 },
  2021: { score: 41.23, rank: 42, rankOf: 60 },
  2022: { score: 39.975, rank: 55, rankOf: 61 },
  2023: { score: 40.174, rank: 53, rankOf: 61 },
  2024: { score: 40.443, rank: 59, rankOf: 61 },
};

/** PAPI 2014: two published totals for Cần Thơ (the dataset, cand-papi-2014), so two conflict rows and no computed rank. */
export const PAPI_2014_CAN_THO_CONFLICT = { year: 2014, dataset: 34.224109, published: 33.99 } as const;

/** PAPI 2024 (data/papi/2024.csv, source papi-ml-mcdm; "59/61, 2 localities not taking part" in Plan 101/KH-UBND). */
export const PAPI_2024 = {
  year: 2024,
  /** The total to the file's 6 decimals: 40,44 as shown. */
  score: 40.442661,
  rank: { rank: 59, rankOf: 61, kind: 'computed' },
  /** Places moved since 2023 (53/61). */
  places: -6,
  /** The computed mean of the provinces that took part. */
  mean: 43.434,
  didNotTakePart: ['P17', 'P52'],
  /** Dimensions that rose and fell on 2023. */
  dimensionsUp: 4,
  dimensionsDown: 4,
} as const;

/** PAR Index 2024: Plan 101/KH-UBND (02/10/2025), section I.1.a, "Đạt 89,13%, hạng 22/63 (tăng 20 bậc)"; the national mean as published. */
export const PAR_2024 = { year: 2024, score: 89.13, rank: { rank: 22, rankOf: 63, kind: 'official' }, places: 20, mean: 88.37 } as const;

/** SIPAS 2024: Plan 101/KH-UBND (02/10/2025), "SIPAS 83,28%, 34/63", down 11 places. */
export const SIPAS_2024 = { year: 2024, score: 83.28, rank: { rank: 34, rankOf: 63, kind: 'official' }, places: -11 } as const;
