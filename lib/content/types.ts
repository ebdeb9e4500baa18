import type { Locale } from '@/i18n/routing';

export interface StoryImage {
  /** Public URL path of the image (built by lib/urls). */
  url: string;
  /** File name inside the story's folder. */
  file: string;
  width: number;
  height: number;
  alt: string;
  credit?: string;
}

/** Metadata of one translation of one story: everything but the rendered body. */
export interface StoryEntry {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  /** Publication time as written (ISO 8601 with offset). */
  date: string;
  /** Milliseconds since the epoch of `date`, for sorting and scheduling. */
  time: number;
  updated?: string;
  tags: string[];
  image?: StoryImage;
  source?: { name: string; url?: string };
  author?: string;
  draft: boolean;
  /** Word count of the body, for the reading time. */
  words: number;
  /** Absolute path of the Markdown file. */
  path: string;
}

/** A story with its rendered, sanitized body HTML. */
export interface Story extends StoryEntry {
  html: string;
  /** Why the story is not public yet, if it is not (only ever seen in preview). */
  status: Visibility;
}

export type Visibility = 'published' | 'draft' | 'scheduled';

export interface TagInfo {
  id: string;
  label: string;
  count: number;
}

export interface Paged<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

export interface StaticPage {
  title: string;
  summary: string;
  /** The page's `updated` (ISO 8601), if it gives one. */
  updated?: string;
  html: string;
}

/** Where an old address leads: a story alias, or an entry of `content/redirects.yaml`. */
export interface RedirectEntry {
  /** The current path it answers 301 to. */
  to: string;
  /** The story that path shows, if it is one: the redirect answers only while that story is published. */
  story?: { id: string; locale: Locale };
}
