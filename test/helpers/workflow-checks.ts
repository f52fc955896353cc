import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

/**
 * Checks for the toolkit's workflows and action.yml files: the real GitHub Actions parser
 * (@actions/workflow-parser), the security rules of the project, and the real expression evaluator
 * (@actions/expressions). The tests run them on the repository's files and on deliberately bad texts.
 */

/** The repository name placeholder: the one thing a fork of the toolkit changes. */
export const TOOLKIT_REPOSITORY = 'org/wo-toolkit';
/** Where the reusable workflows check the toolkit out, and so the prefix of their `uses:` of its actions. */
export const TOOLKIT_CHECKOUT = './.wo-toolkit/';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface Violation {
  file: string;
  line: number;
  rule:
    | 'expression-in-run'
    | 'unpinned-action'
    | 'missing-version-comment'
    | 'pull-request-target'
    | 'missing-top-level-permissions'
    | 'top-level-write-permissions'
    | 'checkout-persists-credentials'
    | 'checkout-literal-fallback'
    | 'placeholder-repository'
    | 'toolkit-checkout-source';
  message: string;
}

export function listFiles(dir: string, pattern: RegExp): string[] {
  const abs = path.join(REPO_ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.posix.join(dir, name));
}

/** The root `action.yml` (the Marketplace action) and every `<folder>/action.yml` at the top level of the repository. */
export function listActionFiles(): string[] {
  const folders = fs
    .readdirSync(REPO_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .map((d) => `${d.name}/action.yml`);
  return ['action.yml', ...folders].filter((rel) => fs.existsSync(path.join(REPO_ROOT, rel))).sort();
}

export function readRepoFile(rel: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// The real parser

/** Resolves this toolkit's own reusable workflows (`./…` and `org/wo-toolkit/…@ref`) to the files here. */
export const toolkitFileProvider: FileProvider = {
  async getFileContent(ref) {
    if ('repository' in ref && `${ref.owner}/${ref.repository}` !== TOOLKIT_REPOSITORY) {
      throw new Error(`not a toolkit workflow: ${ref.owner}/${ref.repository}`);
    }
    return { name: ref.path, content: fs.readFileSync(path.join(REPO_ROOT, ref.path), 'utf8') };
  },
};

/**
 * Errors of GitHub's workflow parser for a workflow text. Calls of this toolkit's reusable workflows are
 * loaded too, so that a caller passing an input the workflow does not declare (or missing a required
 * one) is an error.
 */
export async function workflowParseErrors(text: string, file: string): Promise<string[]> {
  const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value === undefined) return errors.length > 0 ? errors : [`${file}: the parser produced no workflow`];
  const template = await convertWorkflowTemplate(result.context, result.value, toolkitFileProvider, { fetchReusableWorkflowDepth: 1 });
  return (template.errors ?? []).map((e) => e.Message);
}

/**
 * Problems of an action.yml: GitHub's action parser, then what the toolkit requires of its actions —
 * a JavaScript action on node24 whose `main` exists (dist/ is built before the tests), and a
 * description for every input and output.
 */
export function actionProblems(text: string, file: string, actionDir: string): string[] {
  const result = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  const problems = result.context.errors.getErrors().map((e) => e.message);
  if (problems.length > 0 || result.value === undefined) return problems.length > 0 ? problems : [`${file}: the parser produced no action`];
  const action = convertActionTemplate(result.context, result.value);
  problems.push(...result.context.errors.getErrors().map((e) => e.message));
  if (action.runs.using !== 'node24') problems.push(`${file}: runs.using is '${action.runs.using}', expected 'node24'`);
  if ('main' in action.runs) {
    const main = path.resolve(actionDir, action.runs.main);
    if (!main.startsWith(`${REPO_ROOT}${path.sep}`)) problems.push(`${file}: runs.main '${action.runs.main}' points outside the repository`);
    else if (!fs.existsSync(main)) problems.push(`${file}: runs.main '${action.runs.main}' does not exist (is dist/ built?)`);
  }
  for (const input of action.inputs ?? []) {
    if (!input.description?.trim()) problems.push(`${file}: input '${input.id}' has no description`);
  }
  for (const output of action.outputs ?? []) {
    if (!output.description?.trim()) problems.push(`${file}: output '${output.id}' has no description`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Security rules

interface Loaded {
  text: string;
  root: YAMLMap;
  lineAt: (offset: number) => number;
  lineText: (line: number) => string;
}

function load(text: string, file: string): Loaded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw new Error(`${file}: not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error(`${file}: expected a mapping at the top level`);
  const lines = text.split('\n');
  return { text, root: doc.contents, lineAt: (offset) => lineCounter.linePos(offset).line, lineText: (line) => lines[line - 1] ?? '' };
}

function startOf(node: unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? 0;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]*)?@[0-9a-f]{40}$/;
const DOCKER_PINNED = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\b/;

/**
 * Code of the repository itself (`./…`, `$/…`). The toolkit's published workflows and actions
 * (`org/wo-toolkit/…@…`) are held to the pinning rules like any other: a caller that grants write
 * permissions must run code that cannot change under it.
 */
function isOwnReference(uses: string): boolean {
  return uses.startsWith('./') || uses.startsWith('$/');
}

/** The id of the step that decides which toolkit commit a reusable workflow runs, and what the checkout of it must take. */
export const TOOLKIT_SOURCE_STEP = 'toolkit-source';
const TOOLKIT_CHECKOUT_WITH = {
  repository: `\${{ steps.${TOOLKIT_SOURCE_STEP}.outputs.repository }}`,
  ref: `\${{ steps.${TOOLKIT_SOURCE_STEP}.outputs.ref }}`,
};

function checkUses(node: unknown, file: string, doc: Loaded, out: Violation[]): void {
  const uses = scalarString(node);
  if (uses === undefined || isOwnReference(uses)) return;
  const line = doc.lineAt(startOf(node));
  if (!PINNED.test(uses) && !DOCKER_PINNED.test(uses)) {
    out.push({ file, line, rule: 'unpinned-action', message: `'${uses}' is not pinned to a full commit SHA` });
  } else if (PINNED.test(uses) && !VERSION_COMMENT.test(doc.lineText(line).slice(doc.lineText(line).indexOf(uses) + uses.length))) {
    out.push({ file, line, rule: 'missing-version-comment', message: `'${uses}' has no version comment (e.g. '# v1.2.3')` });
  }
}

/**
 * An expression that falls back to a literal (`|| 'org/wo-toolkit'`, `|| 'v1'`) picks code nobody chose
 * when a value is missing; a checkout's repository and ref must come from values that exist or fail.
 */
function checkCheckoutSource(withMap: unknown, file: string, doc: Loaded, out: Violation[]): void {
  if (!isMap(withMap)) return;
  for (const key of ['repository', 'ref']) {
    const node = withMap.get(key, true);
    const value = scalarString(node);
    if (value === undefined) continue;
    for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      if (/'[^']*'|"[^"]*"/.test(match[1]!)) {
        out.push({ file, line: doc.lineAt(startOf(node)), rule: 'checkout-literal-fallback', message: `checkout ${key}: '${value}' falls back to a literal: fail when the value is missing instead` });
      }
    }
  }
}

/**
 * The toolkit checkout of a reusable workflow (`path: .wo-toolkit`) takes its repository and ref from
 * the step `toolkit-source` that comes before it in the job, which fails when they cannot be determined.
 */
function checkToolkitCheckout(step: YAMLMap, seenIds: string[], file: string, doc: Loaded, out: Violation[]): void {
  const withMap = step.get('with', true);
  if (!isMap(withMap) || scalarString(withMap.get('path', true))?.replace(/\/$/, '') !== TOOLKIT_CHECKOUT.slice(2, -1)) return;
  const line = doc.lineAt(startOf(step.get('uses', true)));
  if (!seenIds.includes(TOOLKIT_SOURCE_STEP)) {
    out.push({ file, line, rule: 'toolkit-checkout-source', message: `the toolkit checkout has no '${TOOLKIT_SOURCE_STEP}' step before it that determines the repository and commit` });
  }
  for (const [key, expected] of Object.entries(TOOLKIT_CHECKOUT_WITH)) {
    const value = scalarString(withMap.get(key, true));
    if (value !== expected) out.push({ file, line, rule: 'toolkit-checkout-source', message: `the toolkit checkout's ${key} is '${value ?? ''}', expected '${expected}'` });
  }
}

function checkSteps(steps: unknown, file: string, doc: Loaded, out: Violation[]): void {
  if (!isSeq(steps)) return;
  const seenIds: string[] = [];
  for (const step of steps.items) {
    if (!isMap(step)) continue;
    const run = step.get('run', true);
    const script = scalarString(run);
    if (script !== undefined) {
      // Search the source text of the scalar, so that the line reported is the line of the expression.
      const [start, end] = (run as Node).range ?? [0, 0];
      const source = doc.text.slice(start, end);
      for (const match of source.matchAll(/\$\{\{/g)) {
        const line = doc.lineAt(start + match.index);
        const close = source.indexOf('}}', match.index);
        const expression = source.slice(match.index, close < 0 ? undefined : close + 2);
        out.push({ file, line, rule: 'expression-in-run', message: `run: contains '${expression.split('\n')[0]}': pass the value through env: instead` });
      }
    }
    const uses = step.get('uses', true);
    checkUses(uses, file, doc, out);
    if (/^actions\/checkout@/.test(scalarString(uses) ?? '')) {
      const withMap = step.get('with', true);
      const persist = isMap(withMap) ? (withMap as YAMLMap).get('persist-credentials', true) : undefined;
      if (scalarString(persist) !== 'false') {
        out.push({ file, line: doc.lineAt(startOf(uses)), rule: 'checkout-persists-credentials', message: 'actions/checkout without persist-credentials: false' });
      }
      checkCheckoutSource(withMap, file, doc, out);
      checkToolkitCheckout(step, seenIds, file, doc, out);
    }
    const id = scalarString(step.get('id', true));
    if (id !== undefined) seenIds.push(id);
  }
}

/** Every scalar of a document with its node, comments excluded. */
function* scalars(node: unknown): Generator<Node> {
  if (isScalar(node)) yield node;
  else if (isMap(node)) for (const pair of node.items) {
    yield* scalars(pair.key);
    yield* scalars(pair.value);
  }
  else if (isSeq(node)) for (const item of node.items) yield* scalars(item);
}

function triggers(on: unknown): { name: string; node: unknown }[] {
  if (isScalar(on)) return [{ name: String(on.value), node: on }];
  if (isSeq(on)) return on.items.map((item) => ({ name: scalarString(item) ?? '', node: item }));
  if (isMap(on)) return on.items.map((pair) => ({ name: scalarString(pair.key) ?? '', node: pair.key }));
  return [];
}

/** The security rules for a workflow file; an empty list when it follows them all. */
export function checkWorkflowSecurity(text: string, file: string): Violation[] {
  const doc = load(text, file);
  const out: Violation[] = [];
  for (const trigger of triggers(doc.root.get('on', true))) {
    if (trigger.name === 'pull_request_target') {
      out.push({ file, line: doc.lineAt(startOf(trigger.node)), rule: 'pull-request-target', message: 'pull_request_target runs untrusted pull requests with write access and secrets' });
    }
  }
  const permissions = doc.root.get('permissions', true);
  if (permissions === undefined) {
    out.push({ file, line: 1, rule: 'missing-top-level-permissions', message: 'no top-level permissions: the token would get the repository default' });
  } else if (!isMap(permissions)) {
    out.push({ file, line: doc.lineAt(startOf(permissions)), rule: 'top-level-write-permissions', message: `top-level permissions '${scalarString(permissions)}': list read scopes instead` });
  } else {
    for (const pair of permissions.items) {
      const level = scalarString(pair.value);
      if (level !== 'read' && level !== 'none') {
        out.push({ file, line: doc.lineAt(startOf(pair.key)), rule: 'top-level-write-permissions', message: `top-level '${scalarString(pair.key)}: ${level}': grant writes on the job that needs them` });
      }
    }
  }
  const jobs = doc.root.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      if (!isMap(pair.value)) continue;
      checkUses(pair.value.get('uses', true), file, doc, out);
      checkSteps(pair.value.get('steps', true), file, doc, out);
    }
  }
  // A reusable workflow runs in its callers' repositories: a placeholder there names code nobody published.
  if (triggers(doc.root.get('on', true)).some((t) => t.name === 'workflow_call')) {
    for (const node of scalars(doc.root)) {
      if (String((node as { value?: unknown }).value).includes(TOOLKIT_REPOSITORY)) {
        out.push({ file, line: doc.lineAt(startOf(node)), rule: 'placeholder-repository', message: `'${TOOLKIT_REPOSITORY}' in a reusable workflow: determine the repository (job.workflow_repository or an input) instead` });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The same step rules for an action.yml (composite steps, if any). */
export function checkActionSecurity(text: string, file: string): Violation[] {
  const doc = load(text, file);
  const out: Violation[] = [];
  const runs = doc.root.get('runs', true);
  if (isMap(runs)) checkSteps(runs.get('steps', true), file, doc, out);
  return out;
}

/** Job-level permissions that grant write access: `file#job: scope`. */
export function writePermissions(text: string, file: string): string[] {
  const doc = load(text, file);
  const jobs = doc.root.get('jobs', true);
  const found: string[] = [];
  if (!isMap(jobs)) return found;
  for (const pair of jobs.items) {
    const permissions = isMap(pair.value) ? pair.value.get('permissions', true) : undefined;
    const job = scalarString(pair.key);
    if (isScalar(permissions) && String(permissions.value).startsWith('write')) found.push(`${file}#${job}: ${String(permissions.value)}`);
    if (!isMap(permissions)) continue;
    for (const scope of permissions.items) {
      if (scalarString(scope.value) === 'write') found.push(`${file}#${job}: ${scalarString(scope.key)}`);
    }
  }
  return found.sort();
}

// ---------------------------------------------------------------------------------------------
// Expressions, evaluated by GitHub's own evaluator

/** Evaluates one expression (without `${{ }}`) against plain JSON contexts; returns plain JSON. */
export function evaluateExpression(expression: string, contexts: Record<string, unknown>): unknown {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(parsed, context).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer)) as unknown;
}

/**
 * The value a workflow field takes: a lone `${{ … }}` keeps the expression's type (as for `runs-on`
 * and `with:` of reusable workflows); text with embedded expressions becomes a string.
 */
export function evaluateField(value: unknown, contexts: Record<string, unknown>): unknown {
  if (typeof value !== 'string') return value;
  const lone = value.match(/^\s*\$\{\{([\s\S]*?)\}\}\s*$/);
  if (lone && !lone[1]!.includes('${{')) return evaluateExpression(lone[1]!, contexts);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
    const result = evaluateExpression(expression, contexts);
    return result === null ? '' : typeof result === 'object' ? JSON.stringify(result) : String(result);
  });
}

// ---------------------------------------------------------------------------------------------
// Steps, run as the runner runs them

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to GITHUB_OUTPUT (`name=value` lines). */
  outputs: Record<string, string>;
}

/**
 * Runs a `shell: bash` step's script as the runner does (`bash --noprofile --norc -eo pipefail`), in
 * `cwd`, with its `env:` evaluated against `contexts` (a missing value becomes '', as on GitHub), a real
 * GITHUB_OUTPUT file and `env` added (PATH is kept).
 */
export function runBashStep(
  step: { run?: string; env?: Record<string, unknown> },
  contexts: Record<string, unknown>,
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): StepRun {
  if (step.run === undefined) throw new Error('the step has no run: script');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-step-'));
  try {
    const outputFile = path.join(dir, 'output');
    fs.writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], GITHUB_OUTPUT: outputFile, ...options.env };
    for (const [name, value] of Object.entries(step.env ?? {})) {
      const evaluated = evaluateField(value, contexts);
      env[name] = evaluated === null || evaluated === undefined ? '' : typeof evaluated === 'object' ? JSON.stringify(evaluated) : String(evaluated);
    }
    const script = path.join(dir, 'step.sh');
    fs.writeFileSync(script, step.run);
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.cwd, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(
      fs
        .readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    return { code: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
