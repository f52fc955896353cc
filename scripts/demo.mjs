#!/usr/bin/env node
// `npm run demo`: generates a sample governed repository with real worktrees in a temporary folder
// and runs the weekly gate on it with the committed CLI bundle. Needs only node and git.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSampleRepo } from './sample-repo.mjs';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(project, 'dist', 'cli', 'index.js');
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-demo-')));
const sample = createSampleRepo(root);
const reports = path.join(root, '_reports');

console.log(`Sample governed repository: ${root}`);
console.log('It holds this drift:');
for (const line of sample.drift) console.log(`  ${line}`);
console.log('');

const args = ['weekly-gate', '--root', root, '--out-dir', reports, '--export-patches'];
console.log(`$ wo-toolkit ${args.join(' ')}\n`);
const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
const code = run.status ?? 2;
console.log('');
console.log(`The gate exited ${code} (${code === 0 ? 'healthy' : code === 1 ? 'fail-closed: the drift above needs action' : 'the tool could not run'}).`);
if (fs.existsSync(reports)) console.log(`Reports: ${reports}/ (${fs.readdirSync(reports).join(', ')})`);
console.log(`Evidence for dirty worktrees: ${path.join(root, '_ctx', 'handoff')}/<WO-ID>/`);
console.log(`Try: node ${path.relative(process.cwd(), cli) || cli} audit --root ${root} --fail-on all`);
// The demo succeeded when the gate ran and judged (0 or 1); 2 means it could not run.
process.exitCode = code === 2 ? 1 : 0;
