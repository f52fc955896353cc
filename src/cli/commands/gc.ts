import type { Command } from '../command.js';

export const gcCommand: Command = {
  name: 'gc',
  summary: 'safe cleanup of zombie and ghost worktrees, with verified evidence for dirty ones (exit 1 while a dirty one waits)',
  usage: '[--root DIR] [--dry-run | --export-patch | --apply] [--force-dirty] [--max-operations N] [--json FILE]',
  help: [
    ['--dry-run', 'report what --apply would do; write nothing (default)'],
    ['--export-patch', 'write the evidence of every dirty target (patch, checksum, decision.md); remove nothing'],
    ['--apply', 'evidence for dirty targets, then remove clean targets, orphan locks and prunable registrations'],
    ['--force-dirty', 'with --apply: also remove dirty targets whose current patch a complete decision names, each after its patch is verified'],
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
    const { formatGc, readGcSettings, runGc } = await import('../../commands/gc.js');
    const report = await runGc(readGcSettings(args));
    return { exitCode: report.exit_code, report, text: formatGc(report) };
  },
};
