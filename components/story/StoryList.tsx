import type { Locale } from '@/i18n/routing';
import type { StoryEntry } from '@/lib/content';
import { StoryCard } from './StoryCard';

/** A listing: on the first page the newest story leads, the rest form a grid. */
export function StoryList({ stories, locale, withLead }: { stories: StoryEntry[]; locale: Locale; withLead: boolean }) {
  const [first, ...rest] = stories;
  const grid = withLead ? rest : stories;
  // The first image on the page is the likely LCP element: fetch it at once
  // (no lazy loading, high priority), even when the lead story has none.
  const firstImage = stories.find((s) => s.image)?.id;
  return (
    <div className="flex flex-col gap-10">
      {withLead && first ? <StoryCard story={first} locale={locale} lead priority={first.id === firstImage} /> : null}
      {grid.length > 0 ? (
        <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {grid.map((s) => (
            <li key={s.id}>
              <StoryCard story={s} locale={locale} priority={s.id === firstImage} heading={withLead ? 'h3' : 'h2'} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
