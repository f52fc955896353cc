import type { PathArg } from './args.js';
import { loadConfig, type Config } from './config.js';
import { resolveRoot } from './repo.js';

export interface RepoContext {
  root: string;
  config: Config;
}

/** Resolves the repository root and loads its configuration: the first step of every command. */
export async function openRepository(rootArg: PathArg, configFile: PathArg | undefined): Promise<RepoContext> {
  const root = await resolveRoot(rootArg);
  return { root, config: loadConfig(root, configFile) };
}
