/**
 * The editors' contract, as code. `content/README.md` documents the same
 * rules for people; these schemas enforce them. Every field carries a doc
 * comment saying what it means.
 */
import { z } from 'zod';
import { aliasProblem } from './aliases';

/** Story ids and tag ids: lowercase ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longest allowed summary, in characters. */
export const SUMMARY_MAX = 300;

/** Largest allowed Markdown file, in bytes. */
export const FILE_MAX_BYTES = 1024 * 1024;

/**
 * Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) and
 * zero-width characters. In a headline they can reorder what readers see
 * (Trojan Source), so they are refused wherever a short label is shown.
 */
export const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/u;

function describeInvisible(s: string): string | undefined {
  const m = INVISIBLE_CONTROLS.exec(s);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains the invisible control character U+${cp} at position ${m.index + 1}`;
}

/** A one-line text shown as a label or headline: non-empty, no invisible controls. */
const label = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : `must be text, got ${typeOf(i.input)}`) })
  .trim()
  .min(1, { error: 'must not be empty' })
  .superRefine((s, ctx) => {
    const why = describeInvisible(s);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 timestamp with an explicit offset (`Z` or `±hh:mm`), for example
 * `2022-01-10T14:00:00+03:00`. Impossible calendar dates are refused.
 */
const isoDateTime = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : `must be an ISO 8601 date-time text, got ${typeOf(i.input)}`) })
  .superRefine((s, ctx) => {
    const m = ISO_WITH_OFFSET.exec(s);
    if (!m) {
      const why = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s)
        ? 'has no UTC offset; write it like 2022-01-10T14:00:00+03:00'
        : 'is not an ISO 8601 date-time like 2022-01-10T14:00:00+03:00';
      ctx.addIssue({ code: 'custom', message: `"${s}" ${why}` });
      return;
    }
    const [, y, mo, d, h, mi, sec = '0', , oh = '0', om = '0'] = m;
    const year = Number(y), month = Number(mo), day = Number(d);
    const probe = new Date(Date.UTC(year, month - 1, day));
    const validDay =
      probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
    if (!validDay) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is an impossible date (${y}-${mo}-${d} does not exist)` });
      return;
    }
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59 || Number(oh) > 14 || Number(om) > 59) {
      ctx.addIssue({ code: 'custom', message: `"${s}" has an impossible time or offset` });
    }
  });

const idString = z.string().regex(ID_PATTERN, {
  error: (i) => `"${String(i.input)}" is not a valid id: use lowercase a-z, 0-9 and single hyphens`,
});

/** The YAML frontmatter of `content/articles/<id>/<locale>.md`. */
export const storyFrontmatterSchema = z.strictObject({
  /** The headline, in the file's language. */
  title: label,
  /** One or two sentences shown in listings, feeds and the meta description; at most 300 characters. */
  summary: label.refine((s) => [...s].length <= SUMMARY_MAX, {
    error: (i) => `is ${[...String(i.input)].length} characters long; the limit is ${SUMMARY_MAX}`,
  }),
  /** Publication time, ISO 8601 with offset. A time in the future schedules the story: it stays hidden until then. */
  date: isoDateTime,
  /** Time of the last substantive update, ISO 8601 with offset; shown as "Updated". */
  updated: isoDateTime.optional(),
  /** Tag ids from `content/tags.yaml`; at least one. */
  tags: z
    .array(idString, { error: (i) => (i.input === undefined ? 'is required' : 'must be a list of tag ids') })
    .min(1, { error: 'must list at least one tag' }),
  /** The lead image: a file in the story's folder, its alt text for screen readers, and who made it. */
  image: z
    .strictObject(
      {
        /** Path relative to the story's folder, like `./cover.png`. */
        src: z.string({ error: 'is required (a path like ./cover.png)' }).min(1),
        /** Text alternative, in the file's language. Required. */
        alt: label,
        /** Credit line shown under the image ("Photo: …"). */
        credit: label.optional(),
      },
      { error: (i) => (i.input === undefined ? 'is required' : 'must be a mapping with src, alt and credit') },
    )
    .optional(),
  /** The agency or outlet the story is based on, with an optional link to its report. */
  source: z
    .strictObject({
      /** Agency name as shown in this language, e.g. TASS / ТАСС / تاس. */
      name: label,
      /** Address of the original report. */
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    })
    .optional(),
  /** Byline, if the story has a named author. */
  author: label.optional(),
  /**
   * Old addresses of this translation (from the sites the portal replaces),
   * like `/en/novosti/some-story-2022-01-10-21457`: each answers 301 to the
   * story. Plain paths only; lib/content/aliases.ts says what is refused.
   */
  aliases: z
    .array(
      z.string({ error: (i) => `must be a path text, got ${typeOf(i.input)}` }).superRefine((s, ctx) => {
        const why = aliasProblem(s);
        if (why) ctx.addIssue({ code: 'custom', message: `"${s}" ${why}` });
      }),
      { error: (i) => `must be a list of old paths, got ${typeOf(i.input)}` },
    )
    .optional(),
  /** `true` keeps the story out of every public output; it can still be previewed. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

/** The YAML frontmatter of `content/pages/<page>/<locale>.md`. */
export const pageFrontmatterSchema = z.strictObject({
  /** The page's heading. */
  title: label,
  /** One sentence for the meta description. */
  summary: label,
  /** When the text last changed in substance, ISO 8601 with offset: the page's `lastmod` in the sitemap (none without it). */
  updated: isoDateTime.optional(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

/** `content/tags.yaml`: tag id → its label in every locale. */
export function tagsFileSchema(locales: readonly string[]) {
  const labels = z.strictObject(Object.fromEntries(locales.map((l) => [l, label])) as Record<string, typeof label>);
  return z.record(idString, labels);
}

export { describeInvisible };
