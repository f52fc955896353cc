import { readFile, readRoot, type Args, type PathArg } from './args.js';
import { loadConfig, type Config } from './config.js';
import { resolveRoot } from './repo.js';

export interface RepoContext {
  root: string;
  config: Config;
}

/** Resolves the repository root and loads its configuration: the first step of every command. */
export async function openRepository(rootArg: PathArg | string | undefined, configFile: PathArg | string | undefined): Promise<RepoContext> {
  const legacy = legacyArgs({ root: typeof rootArg === 'string' ? rootArg : undefined, config: typeof configFile === 'string' ? configFile : undefined });
  const rootPath = typeof rootArg === 'object' ? rootArg : readRoot(legacy);
  const configPath = typeof configFile === 'object' ? configFile : readFile(legacy, 'config');
  const root = await resolveRoot(rootPath);
  return { root, config: loadConfig(root, configPath) };
}

// TEMPORARY while the commands move to Settings: plain option strings read as command-line flags.
export function legacyArgs(values: Record<string, string | undefined>): Args {
  return {
    text: (name) => (values[name] === '' ? undefined : values[name]),
    flag: () => undefined,
    label: (name) => `--${name}`,
    baseDir: process.cwd(),
  };
}
