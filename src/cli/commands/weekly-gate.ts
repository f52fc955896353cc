import type { Command } from '../command.js';

export const weeklyGateCommand: Command = {
  name: 'weekly-gate',
  summary: 'fail-closed health check: audit + gc; exit 1 on any P0 finding or expired whitelist entry',
  usage: '[--root DIR] [--json FILE] [--out-dir DIR] [--export-patches] [--today DATE] [--config FILE]',
  help: [
    ['--export-patches', 'write missing evidence for dirty worktrees first (gc --export-patch); default: gc dry run'],
    ['--out-dir DIR', 'write wo_audit_<ts>.json, wo_gc_<ts>.json, wo_weekly_gate_<ts>.json and .log there'],
  ],
  options: { 'export-patches': { type: 'boolean' }, 'out-dir': { type: 'string' } },
  async run(args) {
    const { formatWeeklyGate, runWeeklyGate, writeOutDir, writeOutDirError } = await import('../../commands/weekly-gate.js');
    const { checkOutputFolder } = await import('../../core/report.js');
    const now = new Date();
    const outDir = args.text('out-dir');
    // An --out-dir that cannot be created fails at once, before the gate's work.
    if (outDir !== undefined) checkOutputFolder(outDir, args.label('out-dir'));
    try {
      const report = await runWeeklyGate({
        root: args.text('root'),
        config: args.text('config'),
        exportPatches: args.flag('export-patches') === true,
        today: args.text('today'),
        now,
      });
      if (outDir !== undefined) writeOutDir(outDir, report, now);
      return { exitCode: report.exit_code, report, text: formatWeeklyGate(report) };
    } catch (error) {
      if (outDir !== undefined) writeOutDirError(outDir, error, args.text('root'), now);
      throw error;
    }
  },
};
