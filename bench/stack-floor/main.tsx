import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import catalogPackUrl from 'virtual:catalog-pack';
import figureSummaryUrl from 'virtual:figure-summary';

// The stack floor of the benchmark: the owner's fixed stack (React, TanStack Query, zustand) doing the least
// the overview must do with the app's own data: read the catalogue and the summary, show three numbers.
// Any app on this stack and data pays at least this much before its own code; the app's margin is the rest.

interface Pack {
  catalog: { indices: { code: string; shortVi: string }[] };
}
type Summary = Record<string, { figures: { score?: number }[] }>;

const useChoice = create(() => ({ indices: ['par', 'sipas', 'papi'] }));
const readJson = <T,>(url: string) => fetch(url).then((response) => response.json() as Promise<T>);

function Card({ index }: { index: string }) {
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => readJson<Pack>(catalogPackUrl) });
  const summary = useQuery({ queryKey: ['summary'], queryFn: () => readJson<Summary>(figureSummaryUrl) });
  if (!catalog.data || !summary.data) return <p>…</p>;
  const name = catalog.data.catalog.indices.find((entry) => entry.code === index)?.shortVi;
  const files = Object.keys(summary.data).filter((file) => file.startsWith(`${index}/`));
  const latest = files.flatMap((file) => summary.data[file]?.figures ?? []).findLast((figure) => figure.score !== undefined);
  return (
    <section aria-labelledby={`card-${index}`}>
      <h2 id={`card-${index}`}>{name}</h2>
      <p data-testid="score">{latest?.score}</p>
    </section>
  );
}

function Cards() {
  const indices = useChoice((state) => state.indices);
  return indices.map((index) => <Card key={index} index={index} />);
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={new QueryClient()}>
    <h1>Chỉ số cải cách hành chính TP Cần Thơ</h1>
    <Cards />
  </QueryClientProvider>,
);
