import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';
import figureSummaryUrl from 'virtual:figure-summary';

// The chart floor of the benchmark: the owner's fixed stack with its chart library (React, TanStack Query, zustand,
// Recharts) doing the least a cold trends view must do with the app's own data: read the summary and draw one line,
// Cần Thơ's PAPI total over the years. Any app on this stack pays at least this much before its trend shows.

type Summary = Record<string, { figures: { unit: string; component: string; score?: number }[] }>;

const useChoice = create(() => ({ index: 'papi', unit: 'P59' }));
const readJson = <T,>(url: string) => fetch(url).then((response) => response.json() as Promise<T>);

function Trend() {
  const { index, unit } = useChoice();
  const summary = useQuery({ queryKey: ['summary'], queryFn: () => readJson<Summary>(figureSummaryUrl) });
  if (!summary.data) return <p>…</p>;
  const points = Object.entries(summary.data)
    .filter(([file]) => file.startsWith(`${index}/`))
    .map(([file, { figures }]) => ({ year: Number(file.slice(-8, -4)), score: figures.find((f) => f.unit === unit && f.component === 'total')?.score }));
  return (
    <figure>
      <LineChart width={900} height={400} data={points}>
        <CartesianGrid stroke="#ddd" />
        <XAxis dataKey="year" />
        <YAxis />
        <Line dataKey="score" isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={new QueryClient()}>
    <h1>PAPI: Cần Thơ</h1>
    <Trend />
  </QueryClientProvider>,
);
