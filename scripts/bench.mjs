#!/usr/bin/env node
// `npm run bench [name…]`: runs the benchmarks in scripts/bench/ against the built bundles.
// Each generates its own large repository and prints ratios against a floor measured in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const all = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && !['lib.mjs', 'rss-probe.mjs'].includes(f)).map((f) => f.slice(0, -4)).sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark '${unknown[0]}' (expected one of: ${all.join(', ')})`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : all) {
  const module = await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
  await module.run();
}
