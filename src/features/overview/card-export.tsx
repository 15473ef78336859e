import { ExportButtons } from '@/components/export-buttons';
import { longTable } from '@/domain/export/canonical';
import type { CoreMessages } from '@/i18n/vi';
import { cardExportTable, type OverviewCardModel } from './overview-model';

/** The card's CSV exports; loaded apart from the first screen, as they sit in the folded table. */
export function CardExport({ card, t }: { card: OverviewCardModel; t: CoreMessages }) {
  const { index, trend } = card;
  return (
    <ExportButtons
      shown={cardExportTable(card, { year: t.tableYear, score: t.tableScore, rank: t.tableRank, rankOf: t.tableRankOf, status: t.tableStatus }, (r) => t.statuses[r.status])}
      full={longTable(card.results.flatMap((r) => (r.figure ? [r.figure] : [])))}
      nameParts={[index.code, `${trend.firstYear}-${trend.lastYear}`, 'can-tho']}
      sources={card.sources}
    />
  );
}
