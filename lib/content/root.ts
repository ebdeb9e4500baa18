import path from 'node:path';

/** The content root: CONTENT_DIR, or `content` in the working directory. */
export function contentRootPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}
