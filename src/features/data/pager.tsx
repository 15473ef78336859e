import { useState } from 'react';
import { useMessages } from '@/state/use-i18n';

export interface Paging {
  page: number;
  pages: number;
  /** The shown slice: items start to end (exclusive). */
  start: number;
  end: number;
  setPage: (page: number) => void;
}

/** Which page of `count` items is shown, `size` at a time; a page past the end shows the last one. */
export function usePaging(count: number, size: number): Paging {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(count / size));
  const shown = Math.min(page, pages - 1);
  return { page: shown, pages, start: shown * size, end: Math.min(count, (shown + 1) * size), setPage };
}

/** Previous / next with "page n of m"; nothing when everything fits on one page. */
export function Pager({ paging, label, position }: { paging: Paging; label: string; position?: string }) {
  const t = useMessages().data;
  const { page, pages, setPage } = paging;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t.previous}
      </button>
      <span>{position ?? t.pageOf(page + 1, pages)}</span>
      <button type="button" className="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t.next}
      </button>
    </nav>
  );
}
