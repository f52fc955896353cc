import * as core from '@actions/core';
import path from 'node:path';

/**
 * The job summary of every action, built as GitHub-flavoured Markdown (CommonMark + tables) so it
 * renders the same everywhere:
 * - the verdict comes first: `✅`/`❌` and one line that says why;
 * - every block is separated by a blank line (Markdown right after an HTML line is not Markdown, which
 *   is how a literal `**dry-run**` used to show);
 * - files link to their line at the commit that was checked (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/
 *   blob/$GITHUB_SHA/<path>#L<line>`), hashes are 12 characters (the report keeps the full one);
 * - tables longer than `FOLD_AFTER_ROWS` are folded in `<details>`;
 * - the whole summary stays under `SUMMARY_BUDGET_BYTES` (GitHub drops a step summary over 1 MiB): a
 *   table that would pass it stops early with a line saying how many rows were left out and where the
 *   full report is.
 */

/** Well under GitHub's 1 MiB limit per step summary, leaving room for what other steps add. */
export const SUMMARY_BUDGET_BYTES = 512 * 1024;
/** Tables with more rows than this are folded in `<details>`. */
export const FOLD_AFTER_ROWS = 10;
/** Hashes are shown this long (the JSON report has the full value). */
export const SHORT_HASH_LENGTH = 12;
/** Kept free for what follows a table (the closing lines, the next short section). */
const RESERVE_BYTES = 8 * 1024;

/**
 * Text from a report as a reader sees it in a summary: what Markdown would read as formatting is
 * backslash-escaped, a cell stays on one line, and hashes are shortened (see displayPath), so no
 * 64-character word pushes the columns off the screen.
 */
export function escapeMarkdown(text: string): string {
  return displayPath(text)
    .replace(/[\\`*_[\]<>|~#!&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\r?\n/g, ' ');
}

/** A code span holding `text` as it is (a fence longer than any backtick run inside it); `|` escaped for tables. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** The first 12 characters of a hash as code (empty text for none). */
export function shortHash(hash: string | null | undefined): string {
  return hash ? code(hash.slice(0, SHORT_HASH_LENGTH)) : '';
}

/**
 * The web address of a repository file at the checked-out commit, or undefined when the run has no
 * GitHub context or the file is outside the checkout. `root` is the governed repository (absolute),
 * `rel` a path relative to it.
 */
export function blobUrl(root: string, rel: string, line?: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!server || !repository || !sha) return undefined;
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const inCheckout = path.relative(workspace, path.resolve(root, rel)).split(path.sep).join('/');
  if (inCheckout === '' || inCheckout.startsWith('../') || inCheckout === '..' || path.isAbsolute(inCheckout)) return undefined;
  const encoded = inCheckout.split('/').map(encodeURIComponent).join('/');
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}/${encoded}${line !== undefined ? `#L${line}` : ''}`;
}

/**
 * A path as a reader needs it: a hash in it (`dirty.<sha256>.patch`) shortened to 12 characters and `…`,
 * so the column stays narrow; links and reports keep the full name.
 */
export function displayPath(rel: string): string {
  return rel.replace(/[0-9a-f]{40,}/gi, (hash) => `${hash.slice(0, SHORT_HASH_LENGTH)}…`);
}

/**
 * A path as code (`file:line:col` when known, hashes shortened), linked to the file at its line at the
 * commit when the run has a GitHub context.
 */
export function fileLink(root: string, rel: string, at: { line?: number; column?: number; env?: NodeJS.ProcessEnv } = {}): string {
  const { line, column } = at;
  const position = line === undefined ? '' : column === undefined ? `:${line}` : `:${line}:${column}`;
  const shown = code(displayPath(`${rel}${position}`));
  const url = blobUrl(root, rel, line, at.env ?? process.env);
  return url === undefined ? shown : `[${shown}](${url})`;
}

export interface TableOptions {
  /** What a row is, plural (`findings`, `problems`): for the folded summary and the left-out line. */
  noun: string;
  /** Where every row is (the JSON report's path, an artifact): named in the left-out line. */
  fullReport: string;
  /** Fold in `<details>` above this many rows (default FOLD_AFTER_ROWS); `open` shows it unfolded. */
  foldAfter?: number;
  open?: boolean;
}

export class SummaryBuilder {
  private readonly blocks: string[] = [];
  private bytes = 0;

  constructor(private readonly budget = SUMMARY_BUDGET_BYTES) {}

  private push(block: string): this {
    this.blocks.push(block);
    this.bytes += Buffer.byteLength(block) + 2;
    return this;
  }

  /** The first line: `### ✅ wo-toolkit <command>: <reason>` (❌ when not ok). */
  verdict(ok: boolean, command: string, reason: string): this {
    return this.push(`### ${ok ? '✅' : '❌'} wo-toolkit ${command}: ${escapeMarkdown(reason)}`);
  }

  heading(text: string, level = 4): this {
    return this.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}`);
  }

  /** A paragraph of Markdown the caller built (escape what came from files with escapeMarkdown or code). */
  paragraph(markdown: string): this {
    return this.push(markdown);
  }

  /** A bullet list of Markdown items. */
  list(items: readonly string[]): this {
    return items.length === 0 ? this : this.push(items.map((item) => `- ${item}`).join('\n'));
  }

  /**
   * A table of Markdown cells (escape them with escapeMarkdown / code), folded when long, cut where the
   * summary would pass its budget, with a line saying how many rows were left out and where they are.
   */
  table(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions): this {
    if (rows.length === 0) return this;
    const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
    let size = Buffer.byteLength(lines.join('\n')) + 200;
    const room = this.budget - this.bytes - RESERVE_BYTES;
    let shown = 0;
    for (const row of rows) {
      const line = `| ${row.map((cell) => cell.replace(/\r?\n/g, ' ')).join(' | ')} |`;
      const length = Buffer.byteLength(line) + 1;
      if (size + length > room) break;
      lines.push(line);
      size += length;
      shown++;
    }
    const left = rows.length - shown;
    const table = lines.join('\n');
    const foldAfter = options.foldAfter ?? FOLD_AFTER_ROWS;
    if (shown === 0) {
      // Not even one row fits: say so rather than print a header alone.
    } else if (rows.length > foldAfter) {
      const label = left > 0 ? `${shown} of ${rows.length} ${options.noun}` : `${rows.length} ${options.noun}`;
      this.push(`<details${options.open ? ' open' : ''}><summary>${escapeMarkdown(label)}</summary>\n\n${table}\n\n</details>`);
    } else {
      this.push(table);
    }
    if (left > 0) {
      this.push(
        `${left.toLocaleString('en-US')} more ${options.noun} left out to keep this summary under GitHub's 1 MiB limit; every one is in ${options.fullReport}.`,
      );
    }
    return this;
  }

  /** The summary as Markdown. */
  markdown(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }

  /** Appends the summary to the step's summary file (`GITHUB_STEP_SUMMARY`). */
  async write(): Promise<void> {
    await core.summary.addRaw(this.markdown(), true).write();
  }
}
