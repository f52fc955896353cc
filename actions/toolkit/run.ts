import * as core from '@actions/core';
import { readChoice } from '../../src/core/args.js';
import { UsageError } from '../../src/core/errors.js';
import { run as audit } from '../audit/run.js';
import { actionArgs } from '../common/inputs.js';
import { runAction } from '../common/runner.js';
import { run as gc } from '../gc/run.js';
import { run as reconcile } from '../reconcile/run.js';
import { run as retentionGc } from '../retention-gc/run.js';
import { run as transitions } from '../transitions/run.js';
import { run as validateBacklog } from '../validate-backlog/run.js';
import { run as weeklyGate } from '../weekly-gate/run.js';

/**
 * The root action (`uses: org/wo-toolkit@v1` with `command: <name>`): runs the action of that command,
 * exactly as `uses: org/wo-toolkit/<name>@v1` would, with the same inputs, outputs, summary and
 * annotations. It exists so that the toolkit can be listed on the Marketplace, which lists one action
 * per repository.
 *
 * Each command's inputs are listed here, as its `<name>/action.yml` declares them (a test holds the two
 * equal): an input the chosen command does not take is a mistake, reported before anything runs.
 * Defaults are each command's own, since the root action.yml gives these inputs none.
 */
export const COMMANDS = {
  audit: { run: audit, inputs: ['root', 'fail-on', 'config', 'today', 'json', 'sarif'] },
  gc: {
    run: gc,
    inputs: ['root', 'mode', 'force-dirty', 'max-operations', 'upload-artifact', 'artifact-name', 'retention-days', 'config', 'today', 'json'],
  },
  reconcile: {
    run: reconcile,
    inputs: ['root', 'mode', 'force', 'pull-request', 'pull-request-branch', 'github-token', 'config', 'json'],
  },
  'retention-gc': {
    run: retentionGc,
    inputs: ['root', 'days', 'mode', 'json', 'today', 'config', 'pull-request', 'pull-request-branch', 'github-token'],
  },
  transitions: { run: transitions, inputs: ['root', 'base', 'head', 'bypass-marker', 'config', 'json', 'sarif'] },
  'validate-backlog': { run: validateBacklog, inputs: ['root', 'strict', 'config', 'today', 'json', 'sarif'] },
  'weekly-gate': {
    run: weeklyGate,
    inputs: ['root', 'export-patches', 'upload-artifact', 'artifact-name', 'retention-days', 'config', 'today', 'json'],
  },
} satisfies Record<string, { run: () => Promise<void>; inputs: string[] }>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Inputs the root action.yml gives a default of its own: always set, so never "given by mistake". */
const ROOT_DEFAULTS = new Set(['root', 'github-token']);

/** The command to run, after checking that no input of another command was given. */
function selectCommand(): CommandName {
  const args = actionArgs();
  if (args.text('command') === undefined) throw new UsageError(`input 'command': expected one of ${COMMAND_NAMES.join(', ')}, got ''`);
  const name = readChoice(args, 'command', COMMAND_NAMES, 'audit');
  const takes: readonly string[] = COMMANDS[name].inputs;
  const others = [...new Set(COMMAND_NAMES.flatMap((c) => COMMANDS[c].inputs))].filter((input) => !takes.includes(input) && !ROOT_DEFAULTS.has(input));
  const given = others.filter((input) => core.getInput(input).trim() !== '');
  if (given.length > 0) {
    throw new UsageError(`input '${given[0]}': not an input of ${name} (it takes ${takes.join(', ')})${given.length > 1 ? `; also given: ${given.slice(1).join(', ')}` : ''}`);
  }
  return name;
}

export async function run(): Promise<void> {
  let name: CommandName | undefined;
  await runAction(async () => {
    name = selectCommand();
  });
  if (name === undefined) return;
  core.info(`wo-toolkit ${name}`);
  await COMMANDS[name].run();
}
