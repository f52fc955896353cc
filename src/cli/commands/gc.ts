import type { GcOptions } from '../../commands/gc.js';
import { UsageError } from '../../core/errors.js';
import type { GcMode } from '../../gc/engine.js';
import { str, type Command, type OptionValues } from '../command.js';

function modeOf(values: OptionValues): GcMode {
  const given = (['dry-run', 'export-patch', 'apply'] as const).filter((m) => values[m]);
  if (given.length > 1) throw new UsageError(`${given.map((m) => `--${m}`).join(' and ')}: give only one of --dry-run, --export-patch, --apply`);
  return given[0] ?? 'dry-run';
}

function maxOperationsOf(values: OptionValues): number | undefined {
  const raw = str(values, 'max-operations');
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
  options: {
    'dry-run': { type: 'boolean' },
    'export-patch': { type: 'boolean' },
    apply: { type: 'boolean' },
    'force-dirty': { type: 'boolean' },
    'max-operations': { type: 'string' },
  },
  async run(values) {
    const { formatGc, gcCommandLine, runGc } = await import('../../commands/gc.js');
    const options: GcOptions = {
      mode: modeOf(values),
      forceDirty: values['force-dirty'] === true,
    };
    const maxOperations = maxOperationsOf(values);
    if (maxOperations !== undefined) options.maxOperations = maxOperations;
    for (const [key, flag] of [['root', 'root'], ['config', 'config'], ['today', 'today']] as const) {
      const value = str(values, flag);
      if (value !== undefined) options[key] = value;
    }
    options.command = gcCommandLine(options);
    const report = await runGc(options);
    return { exitCode: report.exit_code, report, text: formatGc(report) };
  },
};
