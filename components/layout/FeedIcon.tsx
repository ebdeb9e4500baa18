/** The usual feed symbol, beside the words of a feed link. */
export function FeedIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 shrink-0 text-orange-600 dark:text-orange-400" fill="currentColor">
      <circle cx="3" cy="13" r="2" />
      <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5H7.3A6.3 6.3 0 0 0 1 8.7zM1 1.5A13.5 13.5 0 0 1 14.5 15h-2.2A11.3 11.3 0 0 0 1 3.7z" />
    </svg>
  );
}
