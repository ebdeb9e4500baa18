/**
 * Old addresses: the story aliases of frontmatter and `content/redirects.yaml`.
 * The loader checks them with aliasProblem() and files them under aliasKey();
 * a request looks its path up under the same key, so both sides agree on
 * what counts as the same address.
 */
import { INVISIBLE_CONTROLS } from './schema';

/** Longest old path accepted, in characters. */
const ALIAS_MAX = 1024;

/**
 * The form an old path is filed and looked up under: percent-decoded, Unicode
 * NFC, lower case, without a trailing slash. Undefined for a path whose
 * percent-encoding is malformed.
 */
export function aliasKey(pathname: string): string | undefined {
  let s: string;
  try {
    s = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  s = s.normalize('NFC').toLowerCase();
  return s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s;
}

// C0 and C1 controls and DEL.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Why `raw` is not a plain path on this site (`/en/novosti/some-story`), or
 * undefined if it is one. Checked on the text as written and on its
 * percent-decoded form, so an encoded dot or slash cannot sneak a dot
 * segment or a second host past the check.
 */
export function aliasProblem(raw: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return 'has a scheme (like https:); write only the path, starting with /';
  if (raw.startsWith('//')) return 'names a host (it starts with //); write only the path, starting with a single /';
  if (!raw.startsWith('/')) return 'must be a path starting with /';
  if (raw.length > ALIAS_MAX) return `is ${raw.length} characters long; the limit is ${ALIAS_MAX}`;
  if (/%2e/i.test(raw)) return 'contains %2e (an encoded dot); write the path as the reader sees it';
  if (/%(2f|5c|25|3f|23)/i.test(raw)) return 'contains an encoded /, \\, %, ? or #; write the path as the reader sees it';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'has malformed percent-encoding';
  }
  for (const s of [raw, decoded]) {
    if (s.includes('\\')) return 'contains a backslash';
    if (s.includes('?')) return 'has a query (?…); an old path is matched without its query, which is dropped';
    if (s.includes('#')) return 'has a fragment (#…); browsers never send it, so it can never match';
    const control = CONTROL.exec(s) ?? INVISIBLE_CONTROLS.exec(s);
    if (control) {
      const cp = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `contains the control character U+${cp}`;
    }
    if (/\s/u.test(s)) return 'contains a space or other white space';
    if (s.includes('//')) return 'contains // (an empty segment)';
    if (s.includes('..')) return 'contains ..';
    if (/(^|\/)\.(\/|$)/.test(s)) return 'contains a /./ segment';
  }
  return undefined;
}
