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

/** Deepest blockquote/list nesting we render; deeper input is an error, not a hang. */
export const MAX_NESTING = 32;

const schema = {
  ...defaultSchema,
  // No inline styles, no forms, no frames: the default schema already drops them;
  // keep `protocols` tight for links and images.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

function rehypeLocalImages(resolve: (file: string) => string | undefined) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const src = node.properties?.src;
      if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
      const url = resolve(src.replace(/^\.\//, ''));
      if (url) {
        node.properties.src = url;
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      } else delete node.properties.src;
    });
  };
}

export function renderMarkdown(body: string, resolveImage: (file: string) => string | undefined): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeLocalImages, resolveImage)
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
    .use(rehypeStringify)
    .processSync(body);
  return String(file);
}

/** Measures how deep blockquotes/lists nest, so hostile input is refused before parsing. */
export function nestingDepth(body: string): number {
  let max = 0;
  for (const line of body.split('\n')) {
    const m = /^[ \t>*+\-]*/.exec(line)![0];
    const depth = (m.match(/[>*+-]/g) ?? []).length;
    if (depth > max) max = depth;
  }
  return max;
}

