/**
 * The content API. The only module the app uses to read `content/`:
 *
 *   loader (files → index, with every problem) → store (the index in use)
 *   → queries (what is visible where) → render (bodies, on demand).
 */
import 'server-only';

export type { Story, StoryEntry, StoryImage, TagInfo, Paged, StaticPage, Visibility } from './types';
export { getIndex, reloadIndex, installIndex } from './store';
export * from './queries';
export { getStory, getStoryText, getPage, getStoryAsset } from './render';
