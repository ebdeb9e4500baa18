/**
 * Old addresses: story aliases and content/redirects.yaml, checked together
 * once every story folder has been read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isLocale, type Locale } from '@/i18n/routing';
import { portalRouteOf, story as storyPath, storyIdOf } from '@/lib/urls';
import { aliasKey, aliasProblem } from './aliases';
import { rel } from './files';
import { parseYamlDocument } from './frontmatter';
import type { ContentProblem } from './problems';
import type { RedirectEntry, StoryEntry } from './types';

type Stories = Map<string, Partial<Record<Locale, StoryEntry>>>;
type Tags = Map<string, unknown>;

/** An old path claimed by a story file or by redirects.yaml, where it was written, and where it leads. */
export interface AliasClaim {
  path: string;
  file: string;
  line?: number;
  field: string;
  entry: RedirectEntry;
}

const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Files every story alias and every entry of redirects.yaml under its
 * aliasKey, refusing a path that shadows one of the portal's own addresses,
 * a path claimed twice, and a redirect whose target is not a current address
 * of the portal (which includes a chain or a loop through other old paths).
 */
export function loadRedirects(
  root: string,
  storyClaims: readonly AliasClaim[],
  stories: Stories,
  tags: Tags,
  problems: ContentProblem[],
): Map<string, RedirectEntry> {
  const claims = [...storyClaims];
  const filePath = path.join(root, REDIRECTS_FILE);
  const file = rel(filePath);
  if (fs.existsSync(filePath)) {
    const parsed = parseYamlDocument(fs.readFileSync(filePath, 'utf8'), file, problems);
    const raw = parsed?.data;
    if (parsed && raw != null && (typeof raw !== 'object' || Array.isArray(raw))) {
      problems.push({ file, line: 1, field: 'redirects', message: 'must be a mapping of old paths to current ones, like "/en/about-us: /en/about"' });
    } else if (parsed && raw != null) {
      for (const [from, to] of Object.entries(raw as Record<string, unknown>)) {
        const line = parsed.lineOf([from]);
        const field = from.normalize('NFC');
        const bad = (message: string) => problems.push({ file, line, field, message });
        const fromWhy = aliasProblem(field);
        if (fromWhy) {
          bad(`"${from}" ${fromWhy}`);
          continue;
        }
        if (typeof to !== 'string') {
          bad('must lead to a current path of the portal, like /en/about');
          continue;
        }
        const toWhy = aliasProblem(to);
        if (toWhy) {
          bad(`leads to "${to}", which ${toWhy}`);
          continue;
        }
        claims.push({ path: field, file, line, field, entry: { to, story: storyOf(to) } });
      }
    }
  }

  const redirects = new Map<string, RedirectEntry>();
  const firstClaim = new Map<string, AliasClaim>();
  for (const c of claims) {
    const key = aliasKey(c.path);
    const bad = (message: string) => problems.push({ file: c.file, line: c.line, field: c.field, message });
    if (key === undefined) continue; // aliasProblem refused it already
    const shadowed = portalRouteOf(key);
    if (shadowed) {
      bad(`"${c.path}" shadows the portal's own address (${shadowed}); an old path must lie outside the portal's routes`);
      continue;
    }
    const first = firstClaim.get(key);
    if (first) {
      const where = `${first.file}${first.line ? `:${first.line}` : ''}`;
      bad(`"${c.path}" is already claimed by ${where} (old paths match in any letter case); an old path can lead to one place only`);
      continue;
    }
    firstClaim.set(key, c);
    redirects.set(key, c.entry);
  }

  // Targets, now that every old path is known. Story aliases lead to their story by construction.
  for (const [key, c] of firstClaim) {
    if (c.file !== file) continue;
    const why = targetProblem(c, firstClaim, stories, tags);
    if (why) {
      problems.push({ file: c.file, line: c.line, field: c.field, message: why });
      redirects.delete(key);
    }
  }
  return redirects;
}


/** Why a redirects.yaml entry's target is not a current page of the portal, or undefined. */
function targetProblem(
  c: AliasClaim,
  claims: Map<string, AliasClaim>,
  stories: Stories,
  tags: Tags,
): string | undefined {
  const to = c.entry.to;
  // A target that is itself an old path: follow it to say where the chain ends, or that it loops.
  const chain = [c.path];
  const seen = new Set<string>([aliasKey(c.path)!]);
  for (let at = claims.get(aliasKey(to) ?? ''); at; at = at.entry.story ? undefined : claims.get(aliasKey(at.entry.to) ?? '')) {
    chain.push(at.path);
    const key = aliasKey(at.path)!;
    if (seen.has(key)) return `is a redirect loop (${chain.join(' → ')}); point each old path at a current address`;
    seen.add(key);
  }
  if (chain.length > 1) {
    const end = claims.get(aliasKey(chain[chain.length - 1]!)!)!.entry.to;
    return `is a redirect chain (${chain.join(' → ')} → ${end}); point it straight at ${end}`;
  }
  const [, locale, section, name] = to.split('/');
  if (!isLocale(locale) || !portalRouteOf(to)) {
    return `leads to "${to}", which is not a page of the portal (a locale home, story, tag or page such as /en/about)`;
  }
  if (to.endsWith('/')) return `leads to "${to}"; write it without the trailing slash`;
  if (section === 'news' && !(c.entry.story && stories.get(c.entry.story.id)?.[c.entry.story.locale])) {
    return `leads to "${to}", but there is no such story in that language`;
  }
  if (section === 'tags' && name !== undefined && !tags.has(name)) return `leads to "${to}", but there is no tag "${name}"`;
  return undefined;
}

/** The story a path built by urls.story() shows, if it is one. */
function storyOf(pathname: string): RedirectEntry['story'] {
  const locale = pathname.split('/')[1];
  const id = storyIdOf(pathname);
  return id !== undefined && isLocale(locale) && pathname === storyPath(locale, id) ? { id, locale } : undefined;
}
