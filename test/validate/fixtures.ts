import type { ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import { TestRepo, type State } from '../helpers/repo.js';

/**
 * Hand-written YAML for the validate-backlog tests, so that every expected line and column can be
 * read off the text. A WO written by `woText` has these lines:
 *
 *   1 id: <id>            5 scope:          9 verify:
 *   2 epic_id: EPIC-001   6   allow:       10   commands:
 *   3 dod_id: DOD-DEFAULT 7     - src/**   11     - npm test
 *   4 title: Task <id>    8   deny: []     12 <extra lines>
 */
export function woText(id: string, extra = ''): string {
  return [
    `id: ${id}`,
    'epic_id: EPIC-001',
    'dod_id: DOD-DEFAULT',
    `title: Task ${id}`,
    'scope:',
    '  allow:',
    '    - src/**',
    '  deny: []',
    'verify:',
    '  commands:',
    '    - npm test',
    '',
  ].join('\n') + extra;
}

export const SHA = '0123456789abcdef0123456789abcdef01234567';

export const BACKLOG = ['epics:', '  - id: EPIC-001', '    title: First epic', ''].join('\n');

export const DOD_DEFAULT = ['id: DOD-DEFAULT', 'title: Default', 'required_artifacts:', '  - handoff.md', ''].join('\n');

/** A repository with a backlog (EPIC-001) and one DoD (DOD-DEFAULT, requiring handoff.md), no WO yet. */
export function baseRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeBacklog([], { raw: BACKLOG });
  repo.writeDod('DOD-DEFAULT', { raw: DOD_DEFAULT });
  return repo;
}

/** Writes a done WO with its verified_at_sha and its evidence (handoff.md). */
export function writeDoneWo(repo: TestRepo, id: string): string {
  repo.write(`_ctx/handoff/${id}/handoff.md`, `# ${id}\n`);
  return repo.writeWo('done', id, { raw: woText(id, `verified_at_sha: ${SHA}\n`) });
}

export function writeRawWo(repo: TestRepo, state: State, fileName: string, text: string | Buffer): string {
  return repo.write(`_ctx/jobs/${state}/${fileName}`, text);
}

/** Every problem of a report as `file:line:col severity rule`, in report order (errors, then warnings). */
export function problemLines(report: ValidateBacklogReport): string[] {
  return [...report.errors, ...report.warnings].map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}
