/**
 * Markdown → sanitized HTML. GFM, raw HTML sanitized by rehype-sanitize's
 * GitHub schema (ids prefixed `user-content-`), external links opened with
 * `rel="noopener noreferrer"`, and relative image paths mapped to the story's
 * media URLs. Runs only when a page asks for a story.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
// Raw HTML must be parsed to be sanitized element by element.
import rehypeRaw from 'rehype-raw';
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import MarkdownIt from 'markdown-it';

/** Deepest blockquote/list nesting we render; deeper input is an error, not a hang. */
export const MAX_NESTING = 32;

const schema = {
  ...defaultSchema,
  // No inline styles, no forms, no frames: the default schema already drops them;
  // keep `protocols` tight for links and images.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Dropped together with their content (the default keeps the text of e.g. <style>).
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'noscript', 'title', 'textarea', 'select'],
};

/** An image address with a scheme or a host (`https:`, `//cdn…`), not a file of the story. */
const isRemote = (src: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);

function rehypeLocalImages(resolve: (file: string) => string | undefined) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const src = node.properties?.src;
      if (typeof src !== 'string' || isRemote(src)) return;
      const url = resolve(src.replace(/^\.\//, ''));
      if (url) {
        node.properties.src = url;
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      } else delete node.properties.src;
    });
  };
}

/**
 * Removes what sanitizing leaves behind: a link whose href was refused
 * (`javascript:`) becomes its text; an image without a src (refused, or a
 * file the story does not have) is dropped, and so is an `<input>` that is
 * not a task list's checkbox (the remains of a removed `<form>`). An image
 * that kept its src but never had an alt gets an empty one.
 */
function rehypeDropDebris() {
  return (tree: Root) => {
    // GFM task list items: `<li class="task-list-item"><input type="checkbox">…`, or with the input in a first <p>.
    const checkboxes = new Set<Element>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !String(node.properties?.className ?? '').includes('task-list-item')) return;
      const first = node.children.find((c): c is Element => c.type === 'element');
      const input = first?.tagName === 'p' ? first.children.find((c): c is Element => c.type === 'element') : first;
      if (input?.tagName === 'input') checkboxes.add(input);
    });
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const props = node.properties ?? {};
      if (node.tagName === 'a' && props.href === undefined) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      if ((node.tagName === 'img' && typeof props.src !== 'string') || (node.tagName === 'input' && !checkboxes.has(node))) {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.tagName === 'img' && props.alt === undefined) props.alt = '';
    });
  };
}

/** rehype-sanitize prefixes ids with `user-content-`; in-page links must follow. */
function rehypeFragmentLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('#') && !href.startsWith('#user-content-')) {
        node.properties.href = `#user-content-${href.slice(1)}`;
      }
    });
  };
}

export function renderMarkdown(body: string, resolveImage: (file: string) => string | undefined): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    // No prefix here: rehype-sanitize adds `user-content-` to every id, and
    // rehypeFragmentLinks points `#…` links at the prefixed ids.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeFragmentLinks)
    .use(rehypeLocalImages, resolveImage)
    .use(rehypeDropDebris)
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
    .use(rehypeStringify)
    .processSync(body);
  return String(file);
}

/**
 * Measures how deeply a body nests blockquotes, lists, indentation and raw
 * HTML elements, so hostile input is refused before parsing instead of
 * exhausting the parser's stack or time.
 */
export function nestingDepth(body: string): number {
  let max = 0;
  for (const line of body.split('\n')) {
    // Most lines are prose: nothing opens them (a space, tab, `>`, list marker or digit would).
    const c = line.charCodeAt(0);
    if (!(c === 32 || c === 9 || c === 62 || c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57))) continue;
    // Container markers opening a line: `>`, and list markers (`-`, `*`, `+`, `1.`, `1)`) followed by a space or tab.
    // A run like `-----` (setext underline, thematic break) opens nothing.
    const m = /^(?:[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)![0];
    const markers = (m.match(/>|[*+-]|\d{1,9}[.)]/g) ?? []).length;
    // Lists can also nest by indentation alone: two columns a level is the tightest CommonMark allows.
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    max = Math.max(max, markers, Math.floor(indent / 2));
  }
  // Raw HTML elements nest too (`<div><div>…`).
  if (!body.includes('<')) return max;
  let depth = 0;
  for (const tag of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
    if (VOID.has(tag[2]!.toLowerCase()) || tag[3]) continue;
    depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The words of a Markdown body as plain text, for the search index: tokenized
 * (CommonMark + GFM tables and strikethrough) but not rendered. Raw HTML,
 * images and code blocks are left out; block boundaries become spaces.
 *
 * This uses markdown-it rather than the remark pipeline that renders pages:
 * only words are needed here, and markdown-it tokenizes a 600-word story about
 * 30 times faster than micromark (0.1 ms vs 3.4 ms, measured on the synthetic
 * corpus), which is most of the search index's build time at 10,000 stories.
 * Both parsers follow CommonMark, so they agree on what is text.
 */
export function markdownToText(body: string): string {
  const out: string[] = [];
  for (const token of textParser.parse(body, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') out.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') out.push(' ');
        // html_inline and image (whose alt text is not the story's words) are skipped.
      }
    } else if (token.nesting !== 0) {
      out.push(' '); // a block opens or closes
    }
    // fence, code_block, html_block and hr carry no searchable words.
  }
  return out.join('').replace(/\s+/gu, ' ').trim();
}

/** Raw HTML on (so that it is recognized, then skipped), no typographic rewrites, no linkify. */
const textParser = new MarkdownIt({ html: true });

/**
 * The Markdown images of a body that name a file of the story rather than a
 * URL, each with the body line (0-based) it is written on, for content:check.
 */
export function localImages(body: string): { src: string; line: number }[] {
  if (!body.includes('![')) return []; // most bodies: no need to tokenize
  const out: { src: string; line: number }[] = [];
  for (const token of textParser.parse(body, {})) {
    if (token.type !== 'inline' || !token.map) continue;
    let line = token.map[0];
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      const src = child.type === 'image' ? child.attrGet('src') : null;
      if (typeof src === 'string' && !isRemote(src)) out.push({ src, line });
    }
  }
  return out;
}
