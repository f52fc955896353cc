import { parseArgs } from 'node:util';
import { errorMessage, isConfigurationError, UsageError } from '../core/errors.js';
import { baseReport, checkOutputFile, writeJsonReport } from '../core/report.js';
import { writeSarif } from '../core/sarif.js';
import { TOOL, VERSION } from '../core/version.js';
import { cliArgs, COMMON_HELP, COMMON_OPTIONS, str, type Command, type Io, type OptionValues } from './command.js';
import { COMMANDS } from './commands/index.js';
import { colorEnabled, colorize, didYouMean, styler, wrapText, wrapWidth, type Stream } from './terminal.js';

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outStream: process.stdout,
  errStream: process.stderr,
};

/**
 * How text reaches a stream: coloured when that stream is a terminal (or FORCE_COLOR says so), wrapped
 * at word boundaries to a terminal's width; piped output goes out exactly as the formatters wrote it.
 */
function present(text: string, stream: Stream | undefined, env: NodeJS.ProcessEnv): string {
  const target = stream ?? {};
  const coloured = colorize(text, styler(colorEnabled(target, env)));
  return wrapText(coloured, wrapWidth(target));
}

function unknownCommand(name: string): string {
  const names = COMMANDS.map((c) => c.name);
  const suggestion = didYouMean(name, [...names, 'help']);
  return `${TOOL}: unknown command '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (expected one of: ${names.join(', ')})\n`;
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `${TOOL} ${VERSION}: governs a repository's in-repo work-order pipeline`,
    '',
    `usage: ${TOOL} <command> [options]`,
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run '${TOOL} help <command>' (or '${TOOL} <command> --help') for a command's options.`,
    'Exit codes: 0 healthy, 1 policy failure, 2 the tool could not run.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const rows = [...command.help, ...COMMON_HELP];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `usage: ${TOOL} ${command.name} ${command.usage}`,
    '',
    command.summary,
    '',
    'options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    '',
  ].join('\n');
}

/**
 * `--days -5` means the value -5: parseArgs would call it ambiguous (a value that looks like an
 * option), so a negative number after a long option is joined to it and validated like any value.
 */
function joinNegativeNumbers(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') return [...joined, ...args.slice(i)];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function parse(command: Command, args: string[]): OptionValues {
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeNumbers(args),
      options: { ...COMMON_OPTIONS, ...command.options },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument '${positionals[0]}' (see '${TOOL} ${command.name} --help')`);
    }
    return values as OptionValues;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // node's messages carry advice about '--' that does not apply here: keep the first sentence.
    const message = errorMessage(error).split('\n')[0]!.split('. ')[0]!.replace(/\.$/, '');
    throw new UsageError(`${message}${suggestFlag(command, error)} (see '${TOOL} ${command.name} --help')`);
  }
}

/** For an unknown option, `; did you mean --x?` when one of the command's options is close to it. */
function suggestFlag(command: Command, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const given = /'(-{1,2}[^'=]+)/.exec(errorMessage(error))?.[1];
  if (given === undefined) return '';
  const names = Object.keys({ ...COMMON_OPTIONS, ...command.options });
  const suggestion = didYouMean(given.replace(/^-+/, ''), names);
  return suggestion ? `; did you mean --${suggestion}?` : '';
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const env = io.env ?? process.env;
  const out = (text: string): void => io.out(present(text, io.outStream, env));
  const err = (text: string): void => io.err(present(text, io.errStream, env));
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) {
    // `wo-toolkit help <command>`: that command's help, as `<command> --help` prints it.
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    if (!topic || rest.length > 1) {
      err(topic ? `${TOOL} help: expected one command name, got '${rest.join(' ')}'\n` : unknownCommand(rest[0]!));
      return 2;
    }
    out(commandHelp(topic));
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? err : out)(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err(unknownCommand(name));
    return 2;
  }
  let values: OptionValues = {};
  try {
    values = parse(command, rest);
    if (values['help']) {
      out(commandHelp(command));
      return 0;
    }
    if (values['version']) {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const jsonTarget = str(values, 'json') ?? str(values, 'out');
    const sarifTarget = str(values, 'sarif');
    if (sarifTarget === '-' && jsonTarget === '-') throw new UsageError(`--sarif - and ${str(values, 'out') !== undefined ? '--out' : '--json'} -: only one of them can go to standard output`);
    // A report that cannot be written fails the run before its work, not after.
    if (jsonTarget !== undefined) checkOutputFile(jsonTarget, str(values, 'out') !== undefined ? '--out' : '--json');
    if (sarifTarget !== undefined) checkOutputFile(sarifTarget, '--sarif');
    const { exitCode, report, text, sarif } = await command.run(cliArgs(values, command.flagChoices), io);
    if (jsonTarget !== undefined) writeJsonReport(jsonTarget, report, str(values, 'out') !== undefined ? '--out' : '--json', io.out);
    if (sarifTarget !== undefined) {
      if (sarif === undefined) throw new Error(`${command.name} declares --sarif but returned no SARIF`);
      writeSarif(sarifTarget, sarif(), '--sarif', io.out);
    }
    // With a report on standard output, the human output moves to standard error.
    if (!values['quiet']) (jsonTarget === '-' || sarifTarget === '-' ? err : out)(text);
    return exitCode;
  } catch (error) {
    const known = isConfigurationError(error);
    const message = known ? errorMessage(error) : `internal error: ${errorMessage(error)}`;
    err(`${TOOL} ${command.name}: ${message}\n`);
    if (!known && process.env['WO_TOOLKIT_DEBUG']) io.err(`${(error as Error).stack ?? ''}\n`);
    const jsonTarget = str(values, 'json') ?? str(values, 'out');
    if (jsonTarget) {
      try {
        writeJsonReport(jsonTarget, { ...baseReport(command.name, str(values, 'root') ?? '.', 2), error: message }, '--json', io.out);
      } catch {
        // The error above is what matters; a report that cannot be written adds nothing.
      }
    }
    return 2;
  }
}
