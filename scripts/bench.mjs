#!/usr/bin/env node
// `npm run bench [name…]`: builds, then runs the benchmarks in scripts/bench/ one after the other
// (audit, gc, gc-apply, retention, transitions, validate, weekly-gate). Each generates its own large repository and prints ratios against
// a floor measured in the same run; each exits 1 when over its target or when a result is wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const all = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && !['lib.mjs', 'rss-probe.mjs', 'corpus.mjs'].includes(f))
  .map((f) => f.slice(0, -4))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark '${unknown[0]}' (expected one of: ${all.join(', ')})`);
  process.exit(2);
}
const results = [];
for (const name of wanted.length > 0 ? wanted : all) {
  console.log(`\n### ${name}`);
  const run = spawnSync(process.execPath, [path.join(dir, `${name}.mjs`)], { stdio: 'inherit' });
  results.push([name, run.status]);
}
console.log('\n### summary');
for (const [name, status] of results) console.log(`  ${name.padEnd(10)} ${status === 0 ? 'within target' : status === 1 ? 'OVER TARGET or wrong result' : `failed (exit ${status})`}`);
process.exitCode = results.every(([, status]) => status === 0) ? 0 : 1;
