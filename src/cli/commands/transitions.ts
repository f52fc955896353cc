import { SARIF_HELP, SARIF_OPTION, type Command } from '../command.js';

export const transitionsCommand: Command = {
  name: 'transitions',
  summary: 'judge the WO moves between two commits (a pull request) or staged for a commit (exit 1 on an illegal one)',
  usage: '--base REF [--head REF | --staged] [--root DIR] [--json FILE] [--sarif FILE] [--bypass-marker TEXT] [--config FILE]',
  help: [
    ['--base REF', "the pull request's base (branch, tag or SHA); with --staged, default HEAD"],
    ['--head REF', 'the head to judge (default: HEAD)'],
    ['--staged', 'compare the index with the base instead (a pre-commit hook)'],
    SARIF_HELP,
    ['--bypass-marker TEXT', "text in a commit message that turns that commit's violations into warnings (default: [emergency])"],
  ],
  options: { base: { type: 'string' }, head: { type: 'string' }, staged: { type: 'boolean' }, 'bypass-marker': { type: 'string' }, ...SARIF_OPTION },
  async run(args) {
    const { formatTransitions, readTransitionsSettings, runTransitions } = await import('../../commands/transitions.js');
    const report = await runTransitions(readTransitionsSettings(args));
    const { transitionsSarif } = await import('../../transitions/sarif.js');
    return { exitCode: report.exit_code, report, text: formatTransitions(report), sarif: () => transitionsSarif(report.violations) };
  },
};
