import path from 'node:path';
import { patchFileName } from '../core/evidence.js';
import type { PatchFile } from './patch.js';
import { sha256Hex } from './patch.js';

/**
 * decision.md (docs/gc.md): the template a person fills in to decide what happens to a dirty
 * worktree's changes, and the rules for reading it back.
 */

// Reading a person's decision is shared with retention-gc (one rule for "complete").
export { assessDecision, isDecisionComplete, DECISION_OPTIONS, type DecisionOption } from '../core/decision.js';

// gc signs what it generates; a file whose signature no longer matches was edited by a person and is
// never rewritten (a stricter rule than "a box was checked or ACTION_REQUIRED removed", which it implies).
const SIGNATURE = /<!-- wo-toolkit gc: generated file, sha256 ([0-9a-f]{64}); any edit above keeps gc from rewriting it -->\n$/;

export function isUntouched(text: string): boolean {
  const match = SIGNATURE.exec(text);
  return match !== null && sha256Hex(text.slice(0, match.index)) === match[1];
}

/** The worktree a generated decision was written for (its `Worktree` row), as that row renders it. */
export function generatedForWorktree(text: string, worktree: string): boolean {
  return text.includes(`| Worktree | ${inlineCode(worktree, true)} `);
}

export type ContentType = 'code' | 'config' | 'telemetry' | 'other';
export type Risk = 'low' | 'medium' | 'high';

const CODE_EXT = new Set(
  'ts tsx mts cts js jsx mjs cjs py pyi go rs java kt kts scala groovy c h cc cpp cxx hpp cs fs rb php swift m mm sh bash zsh fish ps1 sql lua pl pm r dart vue svelte ex exs erl hs clj elm css scss sass less html'.split(' '),
);
const CONFIG_EXT = new Set('json jsonc json5 yaml yml toml ini cfg conf properties env xml plist lock tf tfvars hcl'.split(' '));
const CONFIG_NAMES = new Set(['dockerfile', 'makefile', '.gitignore', '.gitattributes', '.editorconfig', '.npmrc', '.nvmrc', '.env', 'procfile']);
const TELEMETRY_EXT = new Set(['jsonl', 'ndjson', 'log']);

export function contentTypeOf(file: string): ContentType {
  const base = path.posix.basename(file).toLowerCase();
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  if (/(^|\/)_ctx\/(telemetry|logs)\//.test(file) || TELEMETRY_EXT.has(ext)) return 'telemetry';
  if (file.startsWith('.github/') || CONFIG_NAMES.has(base) || base.startsWith('.env.') || CONFIG_EXT.has(ext)) return 'config';
  if (CODE_EXT.has(ext)) return 'code';
  return 'other';
}

export function contentTypes(files: readonly PatchFile[]): ContentType[] {
  const found = new Set(files.map((f) => contentTypeOf(f.path)));
  return (['code', 'config', 'telemetry', 'other'] as const).filter((t) => found.has(t));
}

export const RISK_MAX_FILES = 20;
export const RISK_MAX_LINES = 300;

/** Estimated risk from what the patch touches, with the reason. */
export function estimateRisk(files: readonly PatchFile[]): { risk: Risk; reason: string } {
  const deleted = files.filter((f) => f.status === 'deleted').length;
  const binary = files.filter((f) => f.binary).length;
  const lines = files.reduce((sum, f) => sum + f.added + f.deleted, 0);
  const high: string[] = [];
  if (deleted > 0) high.push(`deletes ${deleted} tracked file${deleted === 1 ? '' : 's'}`);
  if (binary > 0) high.push(`${binary} binary file${binary === 1 ? '' : 's'}`);
  if (files.length > RISK_MAX_FILES) high.push(`${files.length} files`);
  if (lines > RISK_MAX_LINES) high.push(`${lines} changed lines`);
  if (high.length > 0) return { risk: 'high', reason: high.join(', ') };
  const types = contentTypes(files).filter((t) => t === 'code' || t === 'config');
  if (types.length > 0) return { risk: 'medium', reason: `${types.join(' and ')} changes, ${lines} changed lines` };
  return { risk: 'low', reason: `no code or config, ${lines} changed lines` };
}

/** Markdown inline code for any text (backticks inside get a longer fence; pipes are escaped for tables). */
export function inlineCode(text: string, inTable = false): string {
  // A path may hold line breaks: shown escaped, so a name never spills onto a line of its own (where a
  // patch's name or hash would count as naming it: src/core/decision.ts DESCRIBING_LINE).
  text = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const body = longest > 0 ? ` ${text} ` : text;
  const code = `${fence}${body}${fence}`;
  return inTable ? code.replace(/\|/g, '\\|') : code;
}

const MAX_LISTED_FILES = 30;

export function describeFiles(files: readonly PatchFile[]): string {
  const shown = files.slice(0, MAX_LISTED_FILES).map((f) => {
    const size = f.binary ? 'binary' : `+${f.added} -${f.deleted}`;
    return `${inlineCode(f.path)} (${f.status.replace('_', ' ')}, ${size})`;
  });
  if (files.length > MAX_LISTED_FILES) shown.push(`and ${files.length - MAX_LISTED_FILES} more (see the patch)`);
  return shown.join(', ');
}

export interface DecisionFields {
  woId: string;
  date: string;
  type: 'zombie' | 'ghost';
  sha256: string;
  files: readonly PatchFile[];
  command: string;
  worktree: string;
  branch?: string;
  head: string;
  /**
   * Earlier patches of the same worktree that no one decided, which this template replaces: named in
   * it, so a decision here decides them too (docs/formats.md#one-decision-per-patch).
   */
  supersedes?: readonly string[];
}

/** decision.md in the format of docs/formats.md#decisionmd, every field filled, signed as generated. */
export function renderDecision(fields: DecisionFields): string {
  const patchName = patchFileName(fields.sha256);
  const { risk, reason } = estimateRisk(fields.files);
  const body = [
    '| Field | Value |',
    '|-------|-------|',
    `| **WO ID** | ${fields.woId} |`,
    `| **Date** | ${fields.date} |`,
    `| **Type** | ${fields.type} |`,
    `| **Patch Hash** | \`${fields.sha256}\` |`,
    '| **Status** | ACTION_REQUIRED |',
    '',
    '## Patch Content Summary',
    `- Content type: ${contentTypes(fields.files).join(', ')}`,
    `- Files affected: ${describeFiles(fields.files)}`,
    `- Estimated risk: ${risk} (${reason})`,
    '',
    '## Decision',
    '**Choose ONE**: [ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW',
    '',
    '### Justification',
    '<!-- Why this decision? -->',
    '',
    '### Evidence',
    '| Item | Value |',
    '|------|-------|',
    `| Patch path | \`${patchName}\` |`,
    `| Patch SHA256 | \`${fields.sha256}\` |`,
    `| Command used | ${inlineCode(fields.command, true)} |`,
    `| Worktree | ${inlineCode(fields.worktree, true)}${fields.branch ? ` on branch ${inlineCode(fields.branch, true)}` : ' (detached HEAD)'} |`,
    `| Base commit | \`${fields.head}\` (\`git apply ${patchName}\` on a clean checkout of it restores the changes) |`,
    ...(fields.supersedes && fields.supersedes.length > 0
      ? [`| Supersedes | ${fields.supersedes.map((sha) => `\`${patchFileName(sha)}\``).join(', ')} (earlier work of this worktree, never decided: this decision decides it too) |`]
      : []),
    '',
  ].join('\n');
  return `${body}<!-- wo-toolkit gc: generated file, sha256 ${sha256Hex(body)}; any edit above keeps gc from rewriting it -->\n`;
}
