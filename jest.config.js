import fs from 'node:fs';
import path from 'node:path';

/**
 * ts-jest in ESM mode: tests import the TypeScript sources with their `.js` suffixes.
 *
 * Two projects: `bundles`, the tests that run what `npm run build` puts in dist/ (the actions and the CLI
 * as a user runs them, found by their use of the bundle helpers), and `unit`, every other test, which
 * runs against the sources alone: `npm run test:unit` needs no build. `npm test` builds, then runs both.
 */
const BUNDLE_USE = /\b(runActionBundle|runCliBundle)\b|['"`/]dist\//;

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const root = path.dirname(new URL(import.meta.url).pathname);
const bundleTests = testFiles(path.join(root, 'test')).filter((file) => BUNDLE_USE.test(fs.readFileSync(file, 'utf8')));
const escape = (file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...bundleTests.map((f) => `^${escape(f)}$`)] },
    { ...common, displayName: 'bundles', testMatch: bundleTests.length > 0 ? bundleTests : ['<rootDir>/no-bundle-tests'] },
  ],
};
