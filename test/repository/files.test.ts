import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { runGit } from '../helpers/repo.js';
import { REPO_ROOT, listFiles, readRepoFile } from '../helpers/workflow-checks.js';

/**
 * The files a maintained action repository ships besides its code: licence, security policy,
 * contributing guide, changelog, Dependabot, git attributes and the actionlint configuration, each
 * checked for what it must say or do (git's own attribute lookup, the glob and regular expressions
 * actionlint applies).
 */

const packageJson = JSON.parse(readRepoFile('package.json')) as { license: string; version: string };

test('LICENSE is the MIT licence that package.json declares', () => {
  expect(packageJson.license).toBe('MIT');
  const license = readRepoFile('LICENSE');
  expect(license.split('\n')[0]).toBe('MIT License');
  expect(license).toMatch(/^Copyright \(c\) \d{4} \S/m);
  expect(license).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
  expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
});

test('SECURITY.md says how to report privately and which versions get fixes', () => {
  const text = readRepoFile('SECURITY.md');
  expect(text).toMatch(/^## Supported versions$/m);
  expect(text).toMatch(/^## Reporting a vulnerability$/m);
  expect(text).toContain('Report a vulnerability');
  expect(text).toContain(`\`v${packageJson.version.split('.')[0]}\``);
});

test('CONTRIBUTING.md covers setup, tests, the dist/ rule and releasing, and its commands exist', () => {
  const text = readRepoFile('CONTRIBUTING.md');
  for (const heading of ['## Setup', '## Tests', '## The `dist/` rule', '## Releasing']) expect(text).toContain(`\n${heading}\n`);
  const scripts = (JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> }).scripts;
  for (const [, name] of text.matchAll(/npm run ([\w:-]+)/g)) expect(`npm run ${name}: ${name! in scripts}`).toBe(`npm run ${name}: true`);
  for (const [, link] of text.matchAll(/\]\(((?:docs|\.github)\/[^)#]+)/g)) expect(fs.existsSync(path.join(REPO_ROOT, link!))).toBe(true);
});

describe('CHANGELOG.md follows Keep a Changelog', () => {
  const text = readRepoFile('CHANGELOG.md');
  const versions = [...text.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);

  test('Unreleased first, then the current version, each with a link', () => {
    expect(versions[0]).toBe('Unreleased');
    expect(versions[1]).toBe(packageJson.version);
    for (const version of versions) expect(text).toMatch(new RegExp(`^\\[${version!.replace(/\./g, '\\.')}\\]: https://\\S+$`, 'm'));
  });

  test('only the sections Keep a Changelog names', () => {
    const sections = [...text.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(section);
  });
});

test('Dependabot updates npm and the pinned actions, grouped, on a schedule', () => {
  const config = parse(readRepoFile('.github/dependabot.yml')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns?: string[]; 'dependency-type'?: string }> }[];
  };
  expect(config.version).toBe(2);
  expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  for (const update of config.updates) {
    expect(update.directory).toBe('/');
    expect(['daily', 'weekly', 'monthly']).toContain(update.schedule.interval);
    expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    for (const group of Object.values(update.groups!)) expect(group.patterns !== undefined || group['dependency-type'] !== undefined).toBe(true);
  }
});

describe('.gitattributes, as git reads it', () => {
  const attributes = (file: string) =>
    Object.fromEntries(
      runGit(REPO_ROOT, ['check-attr', 'linguist-generated', 'diff', 'eol', '--', file])
        .trim()
        .split('\n')
        .map((line) => line.split(': ').slice(1) as [string, string]),
    );

  test('dist/ bundles are generated and not diffed line by line', () => {
    for (const file of ['dist/cli/index.js', 'dist/gc/index.js', 'dist/cli/licenses.txt']) {
      expect(attributes(file)).toEqual({ 'linguist-generated': 'true', diff: 'unset', eol: 'lf' });
    }
  });

  test('sources are ordinary text', () => {
    expect(attributes('src/core/git.ts')).toEqual({ 'linguist-generated': 'unspecified', diff: 'unspecified', eol: 'lf' });
  });

  test('every tracked file is stored with LF line endings', () => {
    const crlf = runGit(REPO_ROOT, ['ls-files', '--eol'])
      .split('\n')
      .filter((line) => /^i\/(crlf|mixed)/.test(line));
    expect(crlf).toEqual([]);
  });
});

describe('the actionlint configuration ignores only the known false positives on job.workflow_*', () => {
  const config = parse(readRepoFile('.github/actionlint.yaml')) as { paths: Record<string, { ignore: string[] }> };
  // actionlint's message for an unknown property of the job context, as its expression checker words it.
  const JOB_TYPE = '{check_run_id: number; container: {id: string; network: string}; services: {string => {id: string; network: string; ports: {string => string}}}; status: string}';
  const unknownJobProperty = (name: string) => `property "${name}" is not defined in object type ${JOB_TYPE}`;
  const ignored = (file: string, message: string) =>
    Object.entries(config.paths).some(([glob, { ignore }]) => path.matchesGlob(file, glob) && ignore.some((pattern) => new RegExp(pattern).test(message)));
  const workflows = listFiles('.github/workflows', /\.ya?ml$/);
  const usesWorkflowContext = workflows.filter((file) => /\bjob\.workflow_(repository|sha)\b/.test(readRepoFile(file)));

  test('only paths and ignore patterns, nothing else is configured', () => {
    expect(Object.keys(config)).toEqual(['paths']);
    expect(usesWorkflowContext.length).toBeGreaterThan(0);
  });

  test('every workflow that reads job.workflow_repository or job.workflow_sha is covered', () => {
    // The job context as older actionlint releases type it (no check_run_id) is covered too.
    const older = 'property "workflow_sha" is not defined in object type {container: {id: string; network: string}; services: {string => {id: string; network: string; ports: {string => string}}}; status: string}';
    for (const file of usesWorkflowContext) {
      expect(ignored(file, older)).toBe(true);
      expect(`${file}: ${ignored(file, unknownJobProperty('workflow_repository'))}`).toBe(`${file}: true`);
      expect(`${file}: ${ignored(file, unknownJobProperty('workflow_sha'))}`).toBe(`${file}: true`);
    }
  });

  test('nothing else is ignored: other properties, other messages, other files', () => {
    for (const file of workflows) {
      for (const name of ['workflow_shaa', 'workflow', 'status2', 'container_id']) expect(ignored(file, unknownJobProperty(name))).toBe(false);
      expect(ignored(file, 'property "workflow_sha" is not defined in object type {event: object; sha: string}')).toBe(false);
      expect(ignored(file, 'shellcheck reported issue in this script: SC2086:info:1:6: Double quote to prevent globbing and word splitting')).toBe(false);
      expect(ignored(file, 'property "toolkit-ref" is not defined in object type {runs-on: string}')).toBe(false);
    }
    for (const file of workflows.filter((f) => !usesWorkflowContext.includes(f))) expect(ignored(file, unknownJobProperty('workflow_sha'))).toBe(false);
  });
});
