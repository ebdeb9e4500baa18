/**
 * Bodies, rendered for the one story, page or image asked for (the index
 * holds metadata only).
 */
import 'server-only';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { media } from '@/lib/urls';
import { assetVersion, readAsset, readBody, imageContentType } from './loader';
import { markdownToText, renderMarkdown } from './markdown';
import { getStoryEntry, getStoryLocales, visibilityOf, type Access } from './queries';
import { getIndex } from './store';
import { contentRootPath as contentRoot } from './root';
import type { StaticPage, Story } from './types';

/** One story in one locale with its rendered body, if it exists and is visible. */
export function getStory(locale: Locale, id: string, access?: Access): Story | undefined {
  const entry = getStoryEntry(locale, id, access);
  if (!entry) return undefined;
  const html = renderMarkdown(readBody(entry.path), (file) => {
    const version = imageContentType(file) ? assetVersion(path.join(path.dirname(entry.path), file)) : undefined;
    return version ? media(id, file, version) : undefined;
  });
  return { ...entry, html, status: visibilityOf(entry) };
}

/** The plain text of a visible story's body (for the search index), without rendering it. */
export function getStoryText(locale: Locale, id: string, access?: Access): string | undefined {
  const entry = getStoryEntry(locale, id, access);
  return entry ? markdownToText(readBody(entry.path)) : undefined;
}

/** A static page such as `about`, rendered, or undefined. */
export function getPage(name: string, locale: Locale): StaticPage | undefined {
  const p = getIndex().pages.get(name)?.[locale];
  if (!p) return undefined;
  return { title: p.meta.title, summary: p.meta.summary, updated: p.meta.updated, html: renderMarkdown(p.body, () => undefined) };
}

/**
 * An image file of a visible story, for the media route. With `version`, only
 * while the file is still that version: an old or made-up address is a 404,
 * never a second cache entry for the same image.
 */
export function getStoryAsset(id: string, file: string, access?: Access, version?: string): { body: Buffer; type: string } | undefined {
  if (getStoryLocales(id, access).length === 0) return undefined;
  const body = readAsset(contentRoot(), id, file);
  // Checked once readAsset has confined the path to the story's folder.
  if (body && version !== undefined && version !== assetVersion(path.join(contentRoot(), 'articles', id, file))) return undefined;
  const type = imageContentType(file);
  return body && type ? { body, type } : undefined;
}
