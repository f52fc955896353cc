import type { GcOptions } from '../../commands/gc.js';
import { UsageError } from '../../core/errors.js';
import type { GcMode } from '../../gc/engine.js';
import type { Args } from '../../core/args.js';
import type { Command } from '../command.js';

function modeOf(args: Args): GcMode {
  return (args.text('mode') as GcMode | undefined) ?? 'dry-run';
}

function maxOperationsOf(args: Args): number | undefined {
  const raw = args.text('max-operations');
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new UsageError(`--max-operations: expected a whole number >= 1, got '${raw}'`);
  return Number(raw);
}

export const gcCommand: Command = {
  name: 'gc',
  summary: 'safe cleanup of zombie and ghost worktrees, with verified evidence for dirty ones (exit 1 while a dirty one waits)',
  usage: '[--root DIR] [--dry-run | --export-patch | --apply] [--force-dirty] [--max-operations N] [--json FILE]',
  help: [
    ['--dry-run', 'report what --apply would do; write nothing (default)'],
    ['--export-patch', 'write the evidence of every dirty target (patch, checksum, decision.md); remove nothing'],
    ['--apply', 'evidence for dirty targets, then remove clean targets, orphan locks and prunable registrations'],
    ['--force-dirty', 'with --apply: also remove dirty targets, each after its patch is verified'],
    ['--max-operations N', 'remove at most N targets in this run; the rest are deferred'],
  ],
  flagChoices: { mode: ['dry-run', 'export-patch', 'apply'] },
  options: {
    'dry-run': { type: 'boolean' },
    'export-patch': { type: 'boolean' },
    apply: { type: 'boolean' },
    'force-dirty': { type: 'boolean' },
    'max-operations': { type: 'string' },
  },
  async run(args) {
    const { formatGc, runGc } = await import('../../commands/gc.js');
    const options: GcOptions = {
      mode: modeOf(args),
      forceDirty: args.flag('force-dirty') === true,
    };
    const maxOperations = maxOperationsOf(args);
    if (maxOperations !== undefined) options.maxOperations = maxOperations;
    for (const [key, flag] of [['root', 'root'], ['config', 'config'], ['today', 'today']] as const) {
      const value = args.text(flag);
      if (value !== undefined) options[key] = value;
    }
    const report = await runGc(options);
    return { exitCode: report.exit_code, report, text: formatGc(report) };
  },
};
