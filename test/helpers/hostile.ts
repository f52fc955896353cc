import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestRepo } from './repo.js';

/**
 * The shapes a file of a governed repository can take when someone (or something) puts the wrong
 * thing in its place: each one built for real (links, FIFOs, sparse files, folders). Shared by the
 * tests that prove every reader refuses them with a clear line, never a hang or a crash.
 */

/** A YAML document whose aliases expand to 9^10 nodes: a few hundred bytes that would never finish. */
export function aliasBomb(): string {
  let text = 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
  for (let i = 1; i <= 10; i++) text += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]\n`;
  return text;
}

export type HostileShape = 'link-outside' | 'link-dev-zero' | 'fifo' | 'huge' | 'folder' | 'dangling-link' | 'alias-bomb';

export const FILE_SHAPES: HostileShape[] = ['link-outside', 'link-dev-zero', 'fifo', 'huge', 'folder', 'dangling-link'];

/** Replaces the file `rel` of the repository with `shape`; `outside` is a folder outside the repository. */
export function makeHostile(repo: TestRepo, rel: string, shape: HostileShape, outside: string): void {
  const abs = repo.path(rel);
  fs.rmSync(abs, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  switch (shape) {
    case 'link-outside': {
      const target = path.join(outside, `outside-${path.basename(rel)}`);
      // Valid content: whatever it says must not be believed, because it is not the repository's.
      fs.writeFileSync(target, rel.endsWith('.json') ? '{"verdict": "PASS"}\n' : 'id: WO-0007\nentries: []\nepics: []\n');
      fs.symlinkSync(target, abs);
      break;
    }
    case 'link-dev-zero':
      fs.symlinkSync('/dev/zero', abs);
      break;
    case 'fifo':
      execFileSync('mkfifo', [abs]);
      break;
    case 'huge':
      fs.writeFileSync(abs, '');
      fs.truncateSync(abs, 64 * 1024 * 1024);
      break;
    case 'folder':
      fs.mkdirSync(abs);
      break;
    case 'dangling-link':
      fs.symlinkSync('no-such-file.yaml', abs);
      break;
    case 'alias-bomb':
      fs.writeFileSync(abs, aliasBomb());
      break;
  }
}
