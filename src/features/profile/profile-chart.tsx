import { AfterPaint } from '@/components/after-paint';
import { codeSplit } from '@/components/code-split';
import { PAPER_LINE_STYLE } from '@/charts/line-style';
import { CAN_THO_COLOR } from '@/charts/palette';
import { valueIn } from '@/domain/series/split-series';
import { formatList, formatNumber, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { ProfileTop } from './profile-model';
import { shortIn } from '@/i18n/names';

// Fixed size in CSS pixels (96 per inch): a responsive chart does not resize when printed.
export const CHART_WIDTH = 290;
const CHART_HEIGHT = 106;

// Recharts loads apart: a profile opened from a link shows its scores without waiting for the chart library's code.
const LineChart = codeSplit(() => import('@/charts/line-chart').then((module) => module.LineChart));
/** The chart's code, for the prefetch once the page is idle: a later visit, and a print, draw the charts at once. */
export const loadProfileChart = LineChart.load;

const chartPlace = <div style={{ width: CHART_WIDTH, height: CHART_HEIGHT }} />;

/** The score over the last years, every value written on its point, a methodology break never bridged. */
export function ProfileChart({ profile, t, lang }: { profile: ProfileTop; t: Messages; lang: Lang }) {
  const { trend, index } = profile;
  if (!trend) return null;
  const title = t.profile.chartTitle(trend.firstYear, trend.lastYear, index.scoreUnit === 'percent' ? t.unitPercent : t.unitPoints);
  return (
    <figure className="profile-chart" aria-label={`${shortIn(index, lang)}: ${title}`}>
      <figcaption>
        {title}
        {trend.breaks.length > 0 && <span className="profile-break"> · {t.profile.breakNote(formatList(trend.breaks.map(String), lang))}</span>}
      </figcaption>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t.tableYear}</th>
            <th scope="col">{t.tableScore}</th>
          </tr>
        </thead>
        <tbody>
          {trend.rows.map((row) => {
            const value = valueIn(row, trend.segments, 'score');
            return (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td>{value === undefined ? '—' : formatNumber(value, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div aria-hidden="true">
        {/* The headline numbers beside it paint first: three Recharts charts were most of the render that showed them. */}
        <AfterPaint fallback={chartPlace}>
          <LineChart.Part
            fallback={chartPlace}
            data={trend.rows}
            series={trend.segments.map(({ key }) => ({ key, label: t.score, color: CAN_THO_COLOR }))}
            valueFormatter={(value) => formatNumber(value, lang)}
            yDomain={trend.domain}
            labelPlace={() => 'above'}
            tooltip={false}
            keyboard={false}
            lineStyle={PAPER_LINE_STYLE}
            height={CHART_HEIGHT}
            width={CHART_WIDTH}
          />
        </AfterPaint>
      </div>
    </figure>
  );
}
