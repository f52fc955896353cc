#!/usr/bin/env node
// Builds every bundle: TypeScript to build/ with tsc, then one @vercel/ncc bundle per entry into dist/:
// dist/cli/index.js (the CLI) and dist/<action>/index.js for every actions/<action>/index.ts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

fs.rmSync(path.join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

const actions = fs
  .readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'actions', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();
const entries = [
  { name: 'cli', input: 'build/src/cli/index.js' },
  ...actions.map((name) => ({ name, input: `build/actions/${name}/index.js` })),
];

const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.input), {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  const out = path.join(dist, entry.name);
  fs.mkdirSync(out, { recursive: true });
  // ncc keeps the CLI's shebang only sometimes; make sure `dist/cli/index.js` is directly executable.
  const text = entry.name === 'cli' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  fs.writeFileSync(path.join(out, 'index.js'), text, { mode: entry.name === 'cli' ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), asset.source, asset.permissions ? { mode: asset.permissions } : undefined);
  }
  console.log(`dist/${entry.name}/index.js  ${(text.length / 1024).toFixed(0)} kB`);
}
