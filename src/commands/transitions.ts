import { readFile, readRoot, type Args, type PathArg } from '../core/args.js';
import { openRepository } from '../core/context.js';
import { UsageError } from '../core/errors.js';
import { baseReport, type BaseReport } from '../core/report.js';
import type { TransitionCode } from '../transitions/codes.js';
import { compareTransitions, type TransitionChange, type TransitionNote, type TransitionViolation } from '../transitions/transitions.js';

/** Everything `transitions` needs to run, read and checked once from the command line or an action's inputs. */
export interface TransitionsSettings {
  /** The governed repository (resolved to the top of its work tree when it runs). */
  root: PathArg;
  config: PathArg | undefined;
  /** The base commit: a pull request's base (with `staged`, default HEAD). */
  base: string;
  /** The head commit (default HEAD); undefined with `staged`. */
  head?: string;
  /** Compare the index with the base instead of two commits (a pre-commit hook). */
  staged: boolean;
  /** Overrides the configuration's bypass marker. */
  bypassMarker?: string;
  /** How the user wrote each argument, for messages (`--base`, or `input 'base'` in an action). */
  labels: { base: string; head: string };
  now?: Date;
}

/**
 * Every rule of every option, once: `--base` is required unless `--staged` (which compares the index
 * with HEAD, or with the base given); `--head` and `--staged` exclude each other.
 */
export function readTransitionsSettings(args: Args): TransitionsSettings {
  const staged = args.flag('staged') ?? false;
  const head = args.text('head');
  if (staged && head !== undefined) throw new UsageError(`${args.label('head')} and ${args.label('staged')}: give one of them (--staged compares the index with the base)`);
  const base = args.text('base') ?? (staged ? 'HEAD' : undefined);
  if (base === undefined) throw new UsageError(`${args.label('base')}: expected the base commit to compare with (a branch, tag or SHA), got nothing`);
  return {
    root: readRoot(args),
    config: readFile(args, 'config'),
    base,
    head: staged ? undefined : (head ?? 'HEAD'),
    staged,
    bypassMarker: args.text('bypass-marker'),
    labels: { base: args.label('base'), head: args.label('head') },
  };
}

export interface TransitionsReport extends BaseReport {
  /** The base commit (resolved SHA) and the ref as given. */
  base: string;
  base_ref: string;
  /** The head commit (resolved SHA), or `index` with `staged`; and the ref as given. */
  head: string;
  head_ref: string;
  /** The commit the changes were read from: where head's history meets base's (with `staged`, base). */
  merge_base: string;
  staged: boolean;
  shallow: boolean;
  bypass_marker: string;
  summary: { changes: number; violations: number; bypassed: number; notes: number };
  changes: TransitionChange[];
  /** Every violation; those with `bypassed: true` are warnings and fail nothing. */
  violations: TransitionViolation[];
  /** Checks that could not be made (a shallow history): they fail nothing. */
  notes: TransitionNote[];
}

/** Compares the WO files of the two sides and judges every change (docs/transitions.md). Exit 1 on a violation that is not bypassed. */
export async function runTransitions(settings: TransitionsSettings): Promise<TransitionsReport> {
  const { root, config } = await openRepository(settings.root, settings.config);
  const bypassMarker = settings.bypassMarker ?? config.bypassMarker;
  const result = await compareTransitions({
    root,
    config,
    base: settings.base,
    head: settings.head,
    staged: settings.staged,
    labels: settings.labels,
    bypassMarker,
  });
  const failing = result.violations.filter((v) => !v.bypassed);
  const { endpoints } = result;
  return {
    ...baseReport('transitions', root, failing.length > 0 ? 1 : 0, settings.now),
    base: endpoints.base,
    base_ref: settings.base,
    head: endpoints.staged ? 'index' : endpoints.head,
    head_ref: endpoints.staged ? 'index' : (settings.head ?? 'HEAD'),
    merge_base: endpoints.from,
    staged: endpoints.staged,
    shallow: endpoints.shallow,
    bypass_marker: bypassMarker,
    summary: {
      changes: result.changes.length,
      violations: failing.length,
      bypassed: result.violations.length - failing.length,
      notes: result.notes.length,
    },
    changes: result.changes,
    violations: result.violations,
    notes: result.notes,
  };
}

export function arrow(change: { from: string | null; to: string | null }): string {
  return `${change.from ?? '(new)'} → ${change.to ?? '(deleted)'}`;
}

/** Violations first (`file:line: error|warning: message [code]`), then the moves, then a summary line. */
export function formatTransitions(report: TransitionsReport): string {
  const lines: string[] = [];
  const ordered = [...report.violations].sort((a, b) => Number(a.bypassed) - Number(b.bypassed) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const v of ordered) {
    const bypass = v.bypassed ? ` (bypassed by ${v.commit?.slice(0, 12)} "${v.commit_subject}")` : '';
    lines.push(`${v.file}:${v.line}: ${v.bypassed ? 'warning' : 'error'}: ${v.message}${bypass} [${v.code}]`);
  }
  for (const n of report.notes) lines.push(`${n.file}:${n.line}: note: ${n.message} [${n.code}]`);
  if (report.changes.length > 0) {
    if (lines.length > 0) lines.push('');
    const width = Math.max(...report.changes.map((c) => c.wo_id.length));
    for (const c of report.changes) lines.push(`  ${c.wo_id.padEnd(width)}  ${arrow(c).padEnd(22)}  ${c.outcome}`);
  }
  const s = report.summary;
  const head = report.staged ? 'the index' : report.head.slice(0, 12);
  const verdict = report.exit_code === 0 ? 'pass' : 'FAIL';
  lines.push(
    '',
    `transitions ${report.merge_base.slice(0, 12)}..${head}: ${plural(s.changes, 'WO change')}, ${plural(s.violations, 'violation')}, ${s.bypassed} bypassed: ${verdict}`,
  );
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export type { TransitionCode };
