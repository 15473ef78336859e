import type { rankingsVi } from './rankings-vi';

export const rankingsEn = {
  title: 'Rankings',
} satisfies typeof rankingsVi;
