#!/usr/bin/env node
// `npm run local-action -- <action> [env-file]`: runs one action's TypeScript source on this machine with
// @github/local-action, as the actions/typescript-action template does: inputs and the runner's
// variables come from the env file (default `.env`; start from `.env.example`), outputs, annotations
// and the job summary are printed, and an artifact upload goes to LOCAL_ACTION_ARTIFACT_PATH.
//
// @github/local-action is run through npx at a fixed version rather than installed as a devDependency:
// it brings its own, older majors of @actions/core and @actions/artifact (and tsx, esbuild, octokit)
// beside ours, and the test suite already runs every action as the runner does (the built bundle,
// INPUT_* variables, real output and summary files, emulated services). It is a tool for a person
// debugging an action, fetched when first used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCAL_ACTION = '@github/local-action@7.0.1';
const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actions = fs
  .readdirSync(path.join(project, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(project, 'actions', d.name, 'run.ts')) && fs.existsSync(path.join(project, d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();

function fail(message) {
  console.error(`local-action: ${message}`);
  process.exit(2);
}

// `toolkit` is the root action (action.yml at the top, INPUT_COMMAND picks the command).
actions.push('toolkit');
const [action, envArg = '.env', ...extra] = process.argv.slice(2);
if (!action || extra.length > 0) fail(`usage: npm run local-action -- <action> [env-file]; <action> is one of ${actions.join(', ')}`);
if (!actions.includes(action)) fail(`unknown action '${action}': expected one of ${actions.join(', ')}`);
const actionDir = action === 'toolkit' ? '.' : action;
const envFile = path.resolve(envArg);
if (!fs.existsSync(envFile)) fail(`env file '${envArg}' does not exist: copy .env.example to .env and set the inputs and GITHUB_WORKSPACE`);

// The folders and the summary file the env file names must exist: local-action's artifact stand-in
// fails on a missing LOCAL_ACTION_ARTIFACT_PATH, and the job summary is appended to an existing file.
const envText = fs.readFileSync(envFile, 'utf8');
const setting = (name) => new RegExp(`^${name}=["']?([^"'\\n]+?)["']?\\s*$`, 'm').exec(envText)?.[1];
for (const name of ['LOCAL_ACTION_ARTIFACT_PATH', 'RUNNER_TEMP']) {
  if (setting(name)) fs.mkdirSync(path.resolve(project, setting(name)), { recursive: true });
}
const summary = setting('GITHUB_STEP_SUMMARY');
if (summary && !fs.existsSync(path.resolve(project, summary))) {
  fs.mkdirSync(path.dirname(path.resolve(project, summary)), { recursive: true });
  fs.writeFileSync(path.resolve(project, summary), '');
}

// The action's folder (its action.yml), and its entry point relative to that folder.
const entry = path.posix.join(action === 'toolkit' ? '.' : '..', 'actions', action, 'run.ts');
const run = spawnSync('npx', ['--yes', LOCAL_ACTION, actionDir, entry, envFile], {
  cwd: project,
  stdio: 'inherit',
  // local-action starts tsx with `npm exec` in this project: allow npm to fetch it too.
  env: { ...process.env, npm_config_yes: 'true' },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
