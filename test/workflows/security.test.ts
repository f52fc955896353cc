import { describe, expect, test } from '@jest/globals';
import { runGit } from '../helpers/repo.js';
import {
  REPO_ROOT,
  TOOLKIT_REPOSITORY,
  checkActionSecurity,
  checkWorkflowSecurity,
  listActionFiles,
  listFiles,
  readRepoFile,
  writePermissions,
} from '../helpers/workflow-checks.js';

/**
 * The security rules of every workflow: top-level `permissions` that grant no write, writes only on the
 * jobs that need them, no `${{ }}` inside `run:` (values go through `env:`), third-party actions pinned
 * to a full commit SHA with a version comment, `persist-credentials: false`, no `pull_request_target`.
 */

const workflows = [...listFiles('.github/workflows', /\.ya?ml$/), ...listFiles('examples/workflows', /\.ya?ml$/)];

describe('every workflow follows the security rules', () => {
  test.each(workflows)('%s', (file) => {
    expect(checkWorkflowSecurity(readRepoFile(file), file)).toEqual([]);
  });
});

describe('every action.yml follows the step rules', () => {
  test.each(listActionFiles())('%s', (file) => {
    expect(checkActionSecurity(readRepoFile(file), file)).toEqual([]);
  });
});

test('write permissions are granted only to the jobs that need them, and those run only pinned code', () => {
  const writes = workflows.flatMap((file) => writePermissions(readRepoFile(file), file));
  expect(writes).toEqual([
    '.github/workflows/codeql.yml#analyze: security-events',
    '.github/workflows/release.yml#move-major-tag: contents',
    '.github/workflows/wo-pr-check.yml#code-scanning: security-events',
    '.github/workflows/wo-reconcile.yml#apply: contents',
    '.github/workflows/wo-reconcile.yml#apply: pull-requests',
    '.github/workflows/wo-retention.yml#apply: contents',
    '.github/workflows/wo-retention.yml#apply: pull-requests',
    'examples/workflows/wo-reconcile.yml#reconcile: contents',
    'examples/workflows/wo-reconcile.yml#reconcile: pull-requests',
    'examples/workflows/wo-retention.yml#retention: contents',
    'examples/workflows/wo-retention.yml#retention: pull-requests',
  ]);
});

/** `owner/repo/path@ref # comment` of every `uses:` line of a file. */
const usesLines = (file: string) => [...readRepoFile(file).matchAll(/uses:\s*(\S+?)@(\S+)(?:\s*#\s*(\S+))?/g)].map((m) => ({ target: m[1]!, ref: m[2]!, comment: m[3] }));

describe(`the example callers pin the toolkit (${TOOLKIT_REPOSITORY}) to a release commit with its version`, () => {
  const examples = listFiles('examples/workflows', /\.ya?ml$/);

  test.each(examples)('%s', (file) => {
    const uses = usesLines(file);
    expect(uses.map((u) => u.target)).toEqual([`${TOOLKIT_REPOSITORY}/.github/workflows/${file.split('/').pop()}`]);
    const { ref, comment } = uses[0]!;
    expect(ref).toMatch(/^[0-9a-f]{40}$/);
    expect(comment).toMatch(/^v\d+\.\d+\.\d+$/);
    // The pin is a commit of this repository, of that version, whose workflow follows today's rules
    // (it never falls back to a placeholder or a tag).
    expect(() => runGit(REPO_ROOT, ['cat-file', '-e', `${ref}^{commit}`])).not.toThrow();
    const version = (JSON.parse(runGit(REPO_ROOT, ['show', `${ref}:package.json`])) as { version: string }).version;
    expect(`v${version}`).toBe(comment);
    const pinned = `.github/workflows/${file.split('/').pop()}`;
    expect(checkWorkflowSecurity(runGit(REPO_ROOT, ['show', `${ref}:${pinned}`]), `${pinned}@${ref}`)).toEqual([]);
  });

  test('every example pins the same release', () => {
    expect(new Set(examples.map((file) => usesLines(file)[0]!.ref)).size).toBe(1);
  });
});

test(`the toolkit is referred to by one placeholder, ${TOOLKIT_REPOSITORY}`, () => {
  for (const file of workflows) {
    const text = readRepoFile(file);
    for (const match of text.matchAll(/([\w.-]+)\/wo-toolkit\//g)) expect(`${file}: ${match[1]}/wo-toolkit`).toBe(`${file}: org/wo-toolkit`);
  }
});

describe('the checker flags what it must (a deliberately bad workflow)', () => {
  const bad = [
    'name: bad', //                                                    1
    'on:', //                                                          2
    '  pull_request_target:', //                                       3
    '  push:', //                                                      4
    'jobs:', //                                                        5
    '  build:', //                                                     6
    '    runs-on: ubuntu-latest', //                                   7
    '    steps:', //                                                   8
    '      - uses: actions/checkout@v4', //                            9
    '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020', // 10
    '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', // 11
    '        with:', //                                                12
    '          persist-credentials: true', //                          13
    '      - run: echo "${{ inputs.name }}"', //                        14
    '      - run: |', //                                               15
    '          echo start', //                                         16
    '          echo "${{ github.event.pull_request.title }}"', //      17
    '      - uses: docker://alpine:3.20', //                           18
    '      - uses: ./local-action', //                                 19
    `      - uses: ${TOOLKIT_REPOSITORY}/audit@v1`, //                  20
    '  call:', //                                                      21
    '    uses: someone/else/.github/workflows/x.yml@main', //          22
    '',
  ].join('\n');

  test('each violation is reported once, on its line', () => {
    expect(checkWorkflowSecurity(bad, 'bad.yml').map((v) => `${v.line} ${v.rule}`)).toEqual([
      '1 missing-top-level-permissions',
      '3 pull-request-target',
      '9 unpinned-action',
      '9 checkout-persists-credentials',
      '10 missing-version-comment',
      '11 checkout-persists-credentials',
      '14 expression-in-run',
      '17 expression-in-run',
      '18 unpinned-action',
      '20 unpinned-action',
      '22 unpinned-action',
    ]);
  });

  test('the messages say what is wrong', () => {
    const messages = checkWorkflowSecurity(bad, 'bad.yml').map((v) => v.message);
    expect(messages).toContain("run: contains '${{ github.event.pull_request.title }}': pass the value through env: instead");
    expect(messages).toContain("'actions/checkout@v4' is not pinned to a full commit SHA");
  });

  test('top-level write permissions, write-all and pull_request_target in a list are flagged', () => {
    const text = (permissions: string, on = 'push') => `on: ${on}\npermissions: ${permissions}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ok\n`;
    expect(checkWorkflowSecurity(text('write-all'), 'a.yml').map((v) => v.rule)).toEqual(['top-level-write-permissions']);
    expect(checkWorkflowSecurity(text('{ contents: write }'), 'a.yml').map((v) => v.rule)).toEqual(['top-level-write-permissions']);
    expect(checkWorkflowSecurity(text('{ contents: read }', '[push, pull_request_target]'), 'a.yml').map((v) => v.rule)).toEqual([
      'pull-request-target',
    ]);
    expect(checkWorkflowSecurity(text('{ contents: read }', 'pull_request_target'), 'a.yml').map((v) => v.rule)).toEqual(['pull-request-target']);
    expect(checkWorkflowSecurity(text('{ contents: read, pull-requests: none }'), 'a.yml')).toEqual([]);
  });

  test('the same workflow made compliant passes', () => {
    const good = [
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '        with:',
      '          persist-credentials: false',
      '      - env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
      '        run: echo "$TITLE"',
      '      - uses: docker://alpine@sha256:' + 'a'.repeat(64),
      '',
    ].join('\n');
    expect(checkWorkflowSecurity(good, 'good.yml')).toEqual([]);
  });

  test('composite action steps are held to the same rules', () => {
    const composite = [
      "name: 'c'",
      "description: 'c'",
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: echo ${{ inputs.x }}',
      '      shell: bash',
      '    - uses: actions/cache@v4',
      '',
    ].join('\n');
    expect(checkActionSecurity(composite, 'c/action.yml').map((v) => `${v.line} ${v.rule}`)).toEqual(['6 expression-in-run', '8 unpinned-action']);
  });
});
