/** File-system helpers shared by the loader's parts: paths as reported, stats, images, bodies. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { bodyOf } from './frontmatter';
import type { ContentProblem } from './problems';
import { ID_PATTERN } from './schema';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function imageContentType(file: string): string | undefined {
  return IMAGE_TYPES[path.extname(file).toLowerCase()];
}

/** A path as problems name it: relative to the working directory when inside it. */
export function rel(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r.startsWith('..') ? p : r.split(path.sep).join('/');
}

export function nfcDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)]));
  return v;
}

export function zodProblems(
  error: z.ZodError,
  file: string,
  lineOf: (p: readonly PropertyKey[]) => number | undefined,
  out: ContentProblem[],
) {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, line: lineOf([...issue.path, key]), field: [...issue.path, key].join('.'), message: 'is not a known field' });
      }
      continue;
    }
    if (message.startsWith('Invalid input')) message = `is invalid (${message})`;
    out.push({ file, line: lineOf(issue.path), field, message });
  }
}

/**
 * A file's size, modification time and inode, or undefined when it cannot be
 * read: a file replaced by another (an editor's atomic save, rsync) changes
 * its inode even when its size and time are kept.
 */
export function statOf(file: string): string | undefined {
  return signature(fs.statSync(file, { throwIfNoEntry: false }));
}

/** statOf, from a stat already made. */
export function signature(st: fs.Stats | undefined): string | undefined {
  return st && `${st.size}:${st.mtimeMs}:${st.ino}`;
}

/**
 * A short fingerprint of an asset file (its size and time), or undefined when
 * it cannot be read. Not its inode: instances with their own copy of the
 * content (rsync keeps times) must give an image the same address.
 */
export function assetVersion(file: string): string | undefined {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st && crypto.createHash('sha1').update(`${st.size}:${st.mtimeMs}`).digest('base64url').slice(0, 10);
}

export function readDirSafe(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Why `src` (relative to a story's folder `dir`) is not an image file of that story, or undefined if it is. */
export function imageFileProblem(src: string, dir: string): string | undefined {
  const resolved = path.resolve(dir, src);
  const inside = path.relative(dir, resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside) || inside.includes(path.sep) || inside === '') {
    return `"${src}" points outside the story's folder; put the image next to the Markdown file`;
  }
  if (!imageContentType(inside)) return `"${src}" is not a PNG, JPEG, WebP or AVIF image`;
  if (!fs.existsSync(resolved)) return `"${src}" does not exist in ${rel(dir)}`;
  return undefined;
}

/** Reads the body of a story file again, for rendering one story on demand. */
export function readBody(filePath: string): string {
  return bodyOf(fs.readFileSync(filePath, 'utf8').normalize('NFC')) ?? '';
}

/** Reads one image of one story, confined to that story's folder. */
export function readAsset(root: string, id: string, file: string): Buffer | undefined {
  if (!ID_PATTERN.test(id) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(file) || !imageContentType(file)) return undefined;
  const p = path.join(root, 'articles', id, file);
  try {
    return fs.readFileSync(p);
  } catch {
    return undefined;
  }
}
