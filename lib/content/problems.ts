/** One thing wrong with one content file, in the form editors read. */
export interface ContentProblem {
  /** Path of the file, relative to the working directory (e.g. `content/articles/x/ar.md`). */
  file: string;
  /** 1-based line in that file, where the YAML gives one. */
  line?: number;
  /** The frontmatter field (dotted path), or a pseudo-field such as `frontmatter`, `body`, `file`, `id`. */
  field: string;
  /** Why it is wrong, in plain words. */
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

/** Thrown when content is invalid where it must not be (during `next build`). */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
  }
}
