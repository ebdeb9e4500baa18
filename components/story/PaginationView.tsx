export interface PaginationText {
  label: string;
  newer: string;
  older: string;
  /** "Page {page} of {total}", written. */
  status: string;
}

/** Newer / older links around "Page n of m"; also rendered by the browser's search (components/search/SearchInBrowser). */
export function PaginationView({
  page,
  totalPages,
  hrefFor,
  text,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  text: PaginationText;
}) {
  if (totalPages < 2) return null;
  const linkClass =
    'inline-flex min-h-11 min-w-11 items-center rounded border border-stone-300 px-4 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <nav aria-label={text.label} className="mt-12 flex flex-wrap items-center justify-between gap-4 print:hidden">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {text.newer}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-stone-600 dark:text-stone-400">{text.status}</p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {text.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
