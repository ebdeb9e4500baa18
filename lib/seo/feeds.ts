/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of a locale's newest published stories,
 * optionally of one tag, built with the `feed` package. Every feed route
 * (app/[locale]/feed.xml, atom.xml, feed.json, tags/[tag]/feed.xml) answers
 * with `feedResponse`.
 */
import 'server-only';
import { Feed, type Enclosure } from 'feed';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getAllStories, getStoryAsset, getTag, getTags, lastModified, type StoryEntry } from '@/lib/content';
import * as urls from '@/lib/urls';
import { notFoundText } from '@/lib/http/responses';

export type FeedKind = 'rss' | 'atom' | 'json';

/** Stories per feed. */
const FEED_SIZE = 50;

const CONTENT_TYPE: Record<FeedKind, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** `generateStaticParams` of the locale feeds. */
export function localeFeedParams(): { locale: Locale }[] {
  return routing.locales.map((locale) => ({ locale }));
}

/** `generateStaticParams` of the tag feeds: every tag in every locale. */
export function tagFeedParams(): { locale: Locale; tag: string }[] {
  return routing.locales.flatMap((locale) => getTags(locale).map((t) => ({ locale, tag: t.id })));
}

/** Summaries and (in Atom) titles are plain text inside elements the formats read as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const modified = (e: StoryEntry) => new Date(lastModified(e));

/** The story's image with its real type and size, if it has one. */
function enclosure(e: StoryEntry): Enclosure | undefined {
  const asset = e.image && getStoryAsset(e.id, e.image.file);
  return e.image && asset ? { url: urls.absolute(e.image.url), type: asset.type, length: asset.body.length } : undefined;
}

/**
 * One feed as a response: `kind` of `locale`'s newest FEED_SIZE published
 * stories (of `tag` if given), newest first. 404 for an unknown locale or tag.
 */
export async function feedResponse(kind: FeedKind, locale: string, tag?: string): Promise<Response> {
  const labels = tag === undefined ? undefined : getTag(tag);
  if (!hasLocale(routing.locales, locale) || (tag !== undefined && !labels)) {
    return notFoundText();
  }
  const t = await getTranslations({ locale });
  const siteName = t('site.name');
  const label = labels?.[locale];
  const stories = getAllStories(locale)
    .filter((e) => tag === undefined || e.tags.includes(tag))
    .slice(0, FEED_SIZE);
  const home = urls.absolute(tag === undefined ? urls.home(locale) : urls.tag(locale, tag));
  const tagScheme = urls.absolute(urls.tags(locale));

  const feed = new Feed({
    id: home,
    link: home,
    title: label ? `${label} — ${siteName}` : siteName,
    description: label ? t('tag.description', { label }) : t('home.description'),
    language: locale,
    copyright: siteName,
    author: { name: siteName, link: urls.absolute(urls.home(locale)) },
    updated: stories.length ? new Date(Math.max(...stories.map((e) => modified(e).getTime()))) : undefined,
    feedLinks:
      tag === undefined
        ? {
            rss: urls.absolute(urls.feed(locale, 'rss')),
            atom: urls.absolute(urls.feed(locale, 'atom')),
            json: urls.absolute(urls.feed(locale, 'json')),
          }
        : { rss: urls.absolute(urls.tagFeed(locale, tag)) },
  });
  const enclosures = stories.map(enclosure);
  stories.forEach((e, i) => {
    const link = urls.absolute(urls.story(locale, e.id));
    feed.addItem({
      id: link,
      link,
      title: kind === 'atom' ? escapeHtml(e.title) : e.title,
      description: escapeHtml(e.summary),
      // RSS `pubDate` and JSON `date_published` come from `published`; Atom and JSON `updated`/`date_modified` from `date`.
      published: new Date(e.date),
      date: modified(e),
      category: e.tags.map((id) => ({ name: getTag(id)?.[locale] ?? id, term: id, domain: tagScheme, scheme: tagScheme })),
      enclosure: enclosures[i],
    });
  });

  let body: string;
  if (kind === 'rss') body = feed.rss2();
  // Atom states its language as xml:lang, which the package does not write.
  else if (kind === 'atom') body = feed.atom1().replace(/^<feed /m, `<feed xml:lang="${locale}" `);
  else body = jsonFeed11(feed.json1(), locale, stories, enclosures);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPE[kind] } });
}

interface JsonFeedItem {
  id: string;
  [key: string]: unknown;
}

/**
 * The package writes JSON Feed 1, without a language and without the
 * stories' images. Upgrades it to 1.1: `language` and `authors` (1.1's form of
 * `author`, which stays for older readers), and per item the plain `summary`
 * and the image as `image` and `attachments`.
 */
function jsonFeed11(json: string, locale: Locale, stories: StoryEntry[], enclosures: (Enclosure | undefined)[]): string {
  const { items: packaged, ...doc } = JSON.parse(json) as { items: JsonFeedItem[]; author?: unknown; [key: string]: unknown };
  const items = packaged.map((item, i) => {
    const enc = enclosures[i];
    return {
      ...item,
      summary: stories[i]!.summary,
      language: locale,
      ...(enc && {
        image: enc.url,
        attachments: [{ url: enc.url, mime_type: enc.type, size_in_bytes: enc.length }],
      }),
    };
  });
  const authors = doc.author ? [doc.author] : undefined;
  return JSON.stringify({ ...doc, version: 'https://jsonfeed.org/version/1.1', language: locale, authors, items }, null, 2);
}
