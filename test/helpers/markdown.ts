import MarkdownIt from 'markdown-it';

/**
 * Renders a job summary as GitHub does: CommonMark with GFM tables and strikethrough, raw HTML allowed
 * (GitHub keeps `<details>`/`<summary>` and sanitises the rest), no autolinking of bare text.
 */
const renderer = new MarkdownIt('commonmark', { html: true, linkify: false }).enable(['table', 'strikethrough']);

export function renderGfm(markdown: string): string {
  return renderer.render(markdown);
}

/**
 * What a reader would see as broken in the rendered HTML: Markdown that was not rendered (`**`, a
 * table's `|---|` line, a heading's `#` at a line start) or a table cell that overflows: a word longer
 * than MAX_WORD_IN_CELL characters (a 64-character hash) cannot wrap and pushes the other columns off
 * the screen.
 */
export const MAX_WORD_IN_CELL = 60;

export function renderingProblems(html: string): string[] {
  const problems: string[] = [];
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '<code/>');
  if (/\*\*/.test(text)) problems.push('a literal ** (Markdown emphasis not rendered)');
  if (/\|\s*-{3,}\s*\|/.test(text)) problems.push('a literal table delimiter row (a table not rendered)');
  if (/(^|>|\n)#{1,6} /.test(text)) problems.push('a literal # heading');
  for (const cell of html.match(/<td[^>]*>[\s\S]*?<\/td>/g) ?? []) {
    const words = cell.replace(/<[^>]*>/g, ' ').split(/\s+/);
    const long = words.find((word) => [...word].length > MAX_WORD_IN_CELL);
    if (long !== undefined) problems.push(`a table cell with a ${[...long].length}-character word, which pushes the columns off the screen: ${long.slice(0, 20)}…`);
  }
  return problems;
}

/** The `href`s of the rendered links. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
