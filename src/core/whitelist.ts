import type { Config } from './config.js';
import { ConfigurationError } from './errors.js';
import { describeSchemaError, registerSchema, validate } from './schema.js';
import { readRepoText } from './repo-files.js';
import { describeYamlProblem, parseYamlStrict, yamlData } from './yaml.js';
import whitelistSchema from '../../schemas/whitelist.schema.json' with { type: 'json' };

registerSchema('whitelist', whitelistSchema);

export interface WhitelistEntry {
  code: string;
  wo_id: string;
  reason: string;
  owner: string;
  review_by: string;
  /** 1-based line of the entry in the whitelist file. */
  line?: number;
}

/**
 * Reads the whitelist (absent file: no entries). A malformed whitelist is a ConfigurationError:
 * the gate must not pass on a file it could not read. `knownCode` rejects entries naming unknown codes.
 */
export function loadWhitelist(root: string, config: Config, knownCode: (code: string) => boolean): WhitelistEntry[] {
  // A whitelist that leads outside the repository, is not a regular file or is too large fails the run
  // (a RepoFileError is a ConfigurationError): the gate must not pass on a file it could not read.
  const text = readRepoText(root, config.whitelist);
  if (text === undefined) return [];
  const { doc, error } = parseYamlStrict(text);
  if (error) throw new ConfigurationError(describeYamlProblem(config.whitelist, error));
  const converted = yamlData(doc);
  if (converted.error) throw new ConfigurationError(describeYamlProblem(config.whitelist, converted.error));
  const data = converted.data;
  if (data === null || data === undefined) return [];
  const errors = validate('whitelist', data);
  if (errors.length > 0) {
    throw new ConfigurationError(`${config.whitelist}: ${describeSchemaError(errors[0]!)} (see schemas/whitelist.schema.json)`);
  }
  const entries = (data as { entries: WhitelistEntry[] }).entries;
  const lineOf = (index: number): number | undefined => {
    const seq = doc.get('entries', true) as { items?: { range?: [number, number, number] }[] } | undefined;
    const offset = seq?.items?.[index]?.range?.[0];
    return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
  };
  return entries.map((entry, index) => {
    if (!knownCode(entry.code)) {
      throw new ConfigurationError(`${config.whitelist}: entries[${index}].code: unknown finding code '${entry.code}'`);
    }
    const line = lineOf(index);
    return line === undefined ? { ...entry } : { ...entry, line };
  });
}
