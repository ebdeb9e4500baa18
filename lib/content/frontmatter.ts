/**
 * Splits a Markdown file into YAML frontmatter and body, and parses the YAML
 * strictly: duplicate keys are errors, YAML 1.2 core schema (no implicit
 * timestamps), and a fence that names another language (`---js`, `---json`,
 * …) is refused without ever being evaluated.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** Line number of the first body line (1-based). */
  bodyLine: number;
  /** Finds the 1-based file line of a frontmatter path such as ['image', 'alt']. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FENCE = /^---[ \t]*$/;
const OTHER_LANGUAGE_FENCE = /^---[ \t]*([A-Za-z0-9_+-]+)[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

type Split =
  | { ok: true; yaml: string; body: string; close: number }
  | { ok: false; problem: Omit<ContentProblem, 'file'> };

/**
 * A string of its own rather than a slice of the file's text: the values
 * parsed from the YAML are slices of it, and a story's title would otherwise
 * keep its whole file in memory for as long as the index lives.
 */
const copyOf = (text: string) => Buffer.from(lf(text), 'utf8').toString('utf8');

/** Lines split as `text.split(/\r?\n/)` would, then joined with `\n`. */
const lf = (text: string) => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text);

/**
 * Finds the frontmatter fences of a file, without parsing the YAML between
 * them. It walks line starts only up to the closing fence: the body is
 * sliced, not split into lines (the loader reads tens of thousands of files).
 */
function split(text: string): Split {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineAt = (start: number) => {
    const nl = src.indexOf('\n', start);
    const end = nl < 0 ? src.length : nl;
    return { line: src.slice(start, src[end - 1] === '\r' && nl >= 0 ? end - 1 : end), next: nl < 0 ? -1 : nl + 1 };
  };
  const { line: first, next: second } = lineAt(0);
  const lang = OTHER_LANGUAGE_FENCE.exec(first);
  if (lang && !FENCE.test(first)) {
    return {
      ok: false,
      problem: {
        line: 1,
        field: 'frontmatter',
        message: `is declared as "${lang[1]}"; only YAML frontmatter (a plain --- line) is accepted, and other languages are never executed`,
      },
    };
  }
  if (!FENCE.test(first)) {
    return { ok: false, problem: { line: 1, field: 'frontmatter', message: 'is missing: the file must start with a line "---"' } };
  }
  for (let start = second, i = 1; start >= 0; i++) {
    const { line, next } = lineAt(start);
    if (CLOSE.test(line)) {
      // The YAML is the lines between the fences, without the line break that ends the last of them.
      const end = start === second ? start : src[start - 2] === '\r' ? start - 2 : start - 1;
      return { ok: true, yaml: copyOf(src.slice(second, end)), body: next < 0 ? '' : lf(src.slice(next)), close: i };
    }
    start = next;
  }
  return { ok: false, problem: { line: 1, field: 'frontmatter', message: 'is not closed: add a line "---" after the YAML' } };
}

/**
 * The body of a file whose frontmatter the loader has already validated:
 * only the fences are found, the YAML is not parsed a second time (pages and
 * the search index read bodies of thousands of stories). Undefined when the
 * file has no well-formed fences.
 */
export function bodyOf(text: string): string | undefined {
  const s = split(text);
  return s.ok ? s.body : undefined;
}

export function parseFrontmatter(
  text: string,
  file: string,
  problems: ContentProblem[],
): ParsedFile | undefined {
  const s = split(text);
  if (!s.ok) {
    problems.push({ file, ...s.problem });
    return undefined;
  }
  const { yaml: yamlText, body, close } = s;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, {
    lineCounter,
    uniqueKeys: true,
    schema: 'core',
    prettyErrors: false,
    strict: true,
  });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1; // +1: the opening fence
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.pos ? toFileLine(err.pos[0]) : undefined;
      if (err.code === 'DUPLICATE_KEY') {
        const key = keyAt(yamlText, err.pos[0]);
        problems.push({ file, line, field: key || 'frontmatter', message: `duplicate key "${key}": each field may appear only once` });
      } else {
        const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
        problems.push({ file, line, field: 'frontmatter', message: `malformed YAML: ${reason}` });
      }
    }
    return undefined;
  }
  const data = doc.toJS({ maxAliasCount: 10 }) ?? {};
  return {
    data,
    body,
    bodyLine: close + 2,
    lineOf(path) {
      for (let p = [...path]; p.length > 0; p = p.slice(0, -1)) {
        const node = doc.getIn(p as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** The mapping key that starts at `offset` (the yaml library's error range covers only its first character). */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset).split(/\r?\n/, 1)[0]!;
  return /^\s*(["']?)(.*?)\1\s*:/.exec(line)?.[2] ?? line.trim();
}

/** Parses a standalone YAML file (tags.yaml, redirects.yaml) with the same strictness. */
export function parseYamlFile(text: string, file: string, problems: ContentProblem[]): unknown {
  return parseYamlDocument(text, file, problems)?.data;
}

/** parseYamlFile, with the 1-based line of each path (such as a mapping key) in the file. */
export function parseYamlDocument(
  text: string,
  file: string,
  problems: ContentProblem[],
): Pick<ParsedFile, 'data' | 'lineOf'> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, schema: 'core', prettyErrors: false, strict: true });
  for (const err of doc.errors) {
    const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
    const message =
      err.code === 'DUPLICATE_KEY'
        ? `duplicate key "${keyAt(text, err.pos[0])}"`
        : `malformed YAML: ${err.message.split('\n')[0]}`;
    problems.push({ file, line, field: err.code === 'DUPLICATE_KEY' ? 'key' : 'yaml', message });
  }
  if (doc.errors.length) return undefined;
  return {
    data: doc.toJS({ maxAliasCount: 10 }),
    lineOf(path) {
      const node = doc.getIn(path as unknown[], true);
      return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
}
