// Shared helpers for the benchmarks: temporary repositories, timing, peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(PROJECT, 'dist', 'cli', 'index.js');
const RSS_PROBE = path.join(PROJECT, 'scripts', 'bench', 'rss-probe.mjs');

export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export function tempDir(prefix) {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function initRepo(root) {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Bench');
  git(root, 'config', 'user.email', 'bench@example.com');
  git(root, 'config', 'commit.gpgsign', 'false');
}

/** Runs `node <args>` and returns wall milliseconds, exit code, peak RSS (MB) and output. */
export function timeNode(args, { cwd = PROJECT, env = process.env } = {}) {
  const rssFile = path.join(os.tmpdir(), `wo-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', RSS_PROBE, ...args], {
    cwd,
    env: { ...env, WO_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssMb = NaN;
  try {
    rssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
    fs.rmSync(rssFile);
  } catch {
    // the probe did not run
  }
  return { ms, code: run.status, rssMb, stdout: run.stdout, stderr: run.stderr };
}

/** Median of `n` runs of `fn` (each returning milliseconds), after one warm-up run. */
export function median(n, fn) {
  fn();
  const times = Array.from({ length: n }, () => fn()).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function report(title, rows) {
  console.log(`\n== ${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(44)} ${value}`);
}

export const fmt = {
  ms: (v) => `${v.toFixed(0)} ms`,
  ratio: (v, target) => `${v.toFixed(2)}x (target <= ${target}x) ${v <= target ? 'OK' : 'ABOVE TARGET'}`,
  mb: (v, target) => `${v.toFixed(0)} MB (target < ${target} MB) ${v < target ? 'OK' : 'ABOVE TARGET'}`,
};

/**
 * The table every benchmark prints for a command, one row per corpus, in Markdown (docs/performance.md
 * takes the rows as they are). A row: { corpus, floorMs, ms, target, rssMb?, memoryTarget? }, where
 * `target` is the largest ratio ms / floorMs allowed (undefined: measured only) and `memoryTarget` the peak memory (MB) it must
 * stay under. Returns true when every row is within its targets; the caller exits 1 otherwise.
 */
export function printTable(command, floorName, rows) {
  console.log(`\n${command} (floor: ${floorName})\n`);
  console.log('| corpus | floor | time | ratio | peak memory |');
  console.log('|---|---|---|---|---|');
  let within = true;
  for (const row of rows) {
    const ratio = row.ms / row.floorMs;
    const ratioOk = row.target === undefined || ratio <= row.target;
    const memoryOk = row.memoryTarget === undefined || row.rssMb < row.memoryTarget;
    within &&= ratioOk && memoryOk;
    const memory = Number.isFinite(row.rssMb)
      ? `${row.rssMb.toFixed(0)} MB${row.memoryTarget === undefined ? '' : ` (< ${row.memoryTarget} MB)${memoryOk ? '' : ' OVER TARGET'}`}`
      : 'n/a';
    console.log(`| ${row.corpus} | ${row.floorMs.toFixed(0)} ms | ${row.ms.toFixed(0)} ms | ${ratio.toFixed(2)}×${row.target === undefined ? ' (measured, no target)' : ` (≤ ${row.target}×)`}${ratioOk ? '' : ' OVER TARGET'} | ${memory} |`);
  }
  return within;
}
