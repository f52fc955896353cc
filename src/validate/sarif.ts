import { buildSarif, type SarifLog, type SarifRuleSpec } from '../core/sarif.js';
import { validationRemedy } from '../core/remedies.js';
import { RULES, type Problem } from './problems.js';

/** Schema violations are `schema/<keyword>`; their keywords are open-ended, so one rule each as met. */
const SCHEMA_RULE_SUMMARY = 'a value does not match the JSON Schema of its file';

function rule(id: string, summary: string, level: 'error' | 'warning'): SarifRuleSpec {
  return {
    id,
    summary: `${summary[0]!.toUpperCase()}${summary.slice(1)}.`,
    help: `**${id}** (${level}): ${summary}.\n\nWhat to do: ${validationRemedy(id)}.`,
    level,
    tags: ['work-orders', 'validation'],
  };
}

/**
 * The SARIF log of a validate-backlog run: one rule per validation rule (plus each `schema/<keyword>`
 * that occurred), one result per problem at its file, line and column. The fingerprint is the rule, the
 * file and the JSON pointer of the value, so a problem keeps its alert when lines above it move.
 */
export function validateSarif(problems: readonly Problem[], options: { uriPrefix?: string } = {}): SarifLog {
  const rules = Object.entries(RULES).map(([id, info]) => rule(id, info.summary, info.severity));
  const schemaRules = [...new Set(problems.map((p) => p.rule).filter((r) => r.startsWith('schema/')))].sort();
  for (const id of schemaRules) rules.push(rule(id, `${SCHEMA_RULE_SUMMARY} (keyword ${id.slice('schema/'.length)})`, 'error'));
  return buildSarif({
    command: 'validate-backlog',
    rules,
    uriPrefix: options.uriPrefix,
    results: problems.map((p) => ({
      ruleId: p.rule,
      level: p.severity,
      message: p.pointer === '' ? p.message : `${p.message} (at ${p.pointer})`,
      file: p.file,
      line: p.line,
      column: p.column,
      identity: [p.file, p.pointer],
    })),
  });
}
