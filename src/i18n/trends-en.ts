import type { trendsVi } from './trends-vi';

export const trendsEn = {
  title: 'Trends',
} satisfies typeof trendsVi;
