import { buildSarif, type SarifLevel, type SarifLog, type SarifRuleSpec } from '../core/sarif.js';
import { auditRemedy } from '../core/remedies.js';
import type { Finding } from './audit.js';
import { ALL_CODES, FINDING_CODES, type Severity } from '../core/codes.js';

/** P0 findings fail the default gate (error), P1 need attention (warning), P2 are housekeeping (note). */
export const SEVERITY_LEVEL: Record<Severity, SarifLevel> = { P0: 'error', P1: 'warning', P2: 'note' };

/** One rule per finding code, whether or not it fired, with its severity as the default level. */
export function auditSarifRules(): SarifRuleSpec[] {
  return ALL_CODES.map((code) => {
    const info = FINDING_CODES[code];
    return {
      id: code,
      summary: `${info.summary[0]!.toUpperCase()}${info.summary.slice(1)}.`,
      help: `**${code}** (${info.severity}): ${info.summary}.\n\nWhat to do: ${auditRemedy(code)}.`,
      level: SEVERITY_LEVEL[info.severity],
      tags: ['work-orders', info.severity],
    };
  });
}

/**
 * The SARIF log of an audit: one result per finding at its first file inside the repository, the other
 * paths as related locations. The fingerprint is the code, the WO id and that file, so the same drift is
 * one alert however often audit runs and whatever its message says (an age, a date).
 * Whitelisted findings are suppressed results with the entry's reason.
 */
export function auditSarif(findings: readonly Finding[], options: { uriPrefix?: string } = {}): SarifLog {
  return buildSarif({
    command: 'audit',
    rules: auditSarifRules(),
    uriPrefix: options.uriPrefix,
    results: findings.map((f) => {
      const [file, ...related] = f.paths;
      return {
        ruleId: f.code,
        level: SEVERITY_LEVEL[f.severity],
        message: `${f.wo_id}: ${f.message}`,
        file,
        related,
        identity: [f.wo_id, file ?? ''],
        suppressed: f.whitelisted && f.whitelist ? `whitelisted until ${f.whitelist.review_by} by ${f.whitelist.owner}: ${f.whitelist.reason}` : undefined,
        properties: { severity: f.severity, wo_id: f.wo_id },
      };
    }),
  });
}
