import type { Credit } from '@/domain/source-credits';
import type { Lang } from './format';
import { localized, shortIn } from './names';
import { planName } from './plan-name';
import type { Messages } from './vi';

const years = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** "PAPI 2024 (CECODES, VFF-CRT, RTA, UNDP)", "PAR Index 2012–2024 (Bộ Nội vụ)", an imported year with the source its import named, "Kế hoạch 153/KH-UBND". */
export function creditText(credit: Credit, lang: Lang, plans: Messages['plans']): string {
  if (credit.kind === 'plan') return `${plans.kinds[credit.plan.kind]} ${planName(credit.plan, plans)}`;
  const publisher = credit.kind === 'imported' ? [credit.source.publisher, credit.source.title].filter(Boolean).join(', ') : localized(credit.index, 'publisher', lang);
  return `${shortIn(credit.index, lang)} ${years(credit.from, credit.to)}${publisher ? ` (${publisher})` : ''}`;
}

/** The one short source line of a slide or a printed page: "Nguồn: PAPI 2024 (CECODES, …); PAR Index 2024 (Bộ Nội vụ)". */
export function creditLine(credits: readonly Credit[], label: string, lang: Lang, plans: Messages['plans']): string {
  return credits.length === 0 ? '' : `${label}: ${credits.map((credit) => creditText(credit, lang, plans)).join('; ')}`;
}
