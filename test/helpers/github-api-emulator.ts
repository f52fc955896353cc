import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A small GitHub REST API on 127.0.0.1 for the endpoints the toolkit calls: repository, git refs,
 * commits, trees, blobs and pull requests. Git data lives in a REAL git repository (`gitDir`): trees are
 * written with `git read-tree`/`update-index`/`write-tree`, commits with `git commit-tree`, refs with
 * `git update-ref`, so a test can inspect the result with plain git. Pull requests are kept in memory.
 * Every request is recorded in `calls`. Errors mirror GitHub's status codes and messages.
 */

export interface RecordedCall {
  method: string;
  /** The decoded path, e.g. `/repos/acme/app/git/ref/heads/wo-toolkit/retention`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  head: string;
  base: string;
  html_url: string;
}

export interface EmulatorOptions {
  /** A git repository (work tree or bare) whose object database and refs back the API. */
  gitDir: string;
  owner: string;
  repo: string;
  token: string;
  defaultBranch?: string;
  /** Answer recursive tree reads with `truncated: true` and only the first N entries, as GitHub does for huge trees. */
  truncateRecursiveTreesAt?: number;
}

interface Failure {
  method: string;
  pathPattern: RegExp;
  status: number;
  message: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  LC_ALL: 'C',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class GitHubApiEmulator {
  readonly calls: RecordedCall[] = [];
  readonly pulls: PullRequest[] = [];
  private readonly failures: Failure[] = [];
  private server!: http.Server;
  url = '';

  private constructor(private readonly options: EmulatorOptions) {}

  static async start(options: EmulatorOptions): Promise<GitHubApiEmulator> {
    const emulator = new GitHubApiEmulator(options);
    emulator.server = http.createServer((req, res) => emulator.handle(req, res));
    await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
    emulator.url = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
    return emulator;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** The next request matching method and path fails with this status and GitHub-style message. */
  failNext(method: string, pathPattern: RegExp, status: number, message: string): void {
    this.failures.push({ method, pathPattern, status, message });
  }

  /** The calls that changed state (everything but GET). */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => c.method !== 'GET');
  }

  git(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
    return execFileSync('git', args, {
      cwd: this.options.gitDir,
      env: { ...process.env, ...GIT_ENV, ...options.env },
      input: options.input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    }).toString('utf8');
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.url);
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined,
      };
      this.calls.push(call);
      let status = 200;
      let payload: unknown;
      try {
        const auth = req.headers.authorization ?? '';
        if (auth !== `token ${this.options.token}` && auth !== `bearer ${this.options.token}`) throw new HttpError(401, 'Bad credentials');
        const failure = this.failures.findIndex((f) => f.method === call.method && f.pathPattern.test(call.path));
        if (failure >= 0) {
          const [f] = this.failures.splice(failure, 1);
          throw new HttpError(f!.status, f!.message);
        }
        [status, payload] = this.route(call);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        status = error.status;
        payload = { message: error.message, documentation_url: 'https://docs.github.com/rest', status: String(error.status) };
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(payload));
    });
  }

  private route(call: RecordedCall): [number, unknown] {
    const prefix = `/repos/${this.options.owner}/${this.options.repo}`;
    if (!call.path.startsWith(prefix)) throw new HttpError(404, 'Not Found');
    const rest = call.path.slice(prefix.length);
    const body = (call.body ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (call.method === 'GET' && rest === '') return [200, this.repository()];
    if (call.method === 'GET' && (m = rest.match(/^\/git\/ref\/(.+)$/))) return [200, this.readRef(`refs/${m[1]}`)];
    if (call.method === 'POST' && rest === '/git/refs') return [201, this.createRef(body)];
    if (call.method === 'PATCH' && (m = rest.match(/^\/git\/refs\/(.+)$/))) return [200, this.updateRef(`refs/${m[1]}`, body)];
    if (call.method === 'GET' && (m = rest.match(/^\/git\/commits\/([0-9a-f]{40})$/))) return [200, this.readCommit(m[1]!)];
    if (call.method === 'POST' && rest === '/git/commits') return [201, this.createCommit(body)];
    if (call.method === 'GET' && (m = rest.match(/^\/git\/trees\/([0-9a-f]{40})$/))) {
      return [200, this.readTree(m[1]!, call.query['recursive'] !== undefined)];
    }
    if (call.method === 'POST' && rest === '/git/trees') return [201, this.createTree(body)];
    if (call.method === 'POST' && rest === '/git/blobs') return [201, this.createBlob(body)];
    if (call.method === 'GET' && rest === '/pulls') return [200, this.listPulls(call.query)];
    if (call.method === 'POST' && rest === '/pulls') return [201, this.createPull(body)];
    if (call.method === 'PATCH' && (m = rest.match(/^\/pulls\/(\d+)$/))) return [200, this.updatePull(Number(m[1]), body)];
    throw new HttpError(404, 'Not Found');
  }

  private repository(): unknown {
    const { owner, repo } = this.options;
    return { name: repo, full_name: `${owner}/${repo}`, default_branch: this.options.defaultBranch ?? 'main', html_url: `https://github.example/${owner}/${repo}` };
  }

  private resolve(ref: string): string | undefined {
    try {
      return this.git(['rev-parse', '--verify', '-q', `${ref}^{commit}`]).trim();
    } catch {
      return undefined;
    }
  }

  private objectType(sha: unknown): string | undefined {
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) return undefined;
    try {
      return this.git(['cat-file', '-t', sha]).trim();
    } catch {
      return undefined;
    }
  }

  private refPayload(ref: string, sha: string): unknown {
    return { ref, node_id: ref, url: `${this.url}/git/${ref}`, object: { sha, type: 'commit', url: `${this.url}/git/commits/${sha}` } };
  }

  private readRef(ref: string): unknown {
    const sha = this.resolve(ref);
    if (!sha || !ref.startsWith('refs/heads/')) throw new HttpError(404, 'Not Found');
    return this.refPayload(ref, sha);
  }

  private createRef(body: Record<string, unknown>): unknown {
    const ref = body['ref'];
    if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (this.objectType(body['sha']) !== 'commit') throw new HttpError(422, 'Object does not exist');
    if (this.resolve(ref)) throw new HttpError(422, 'Reference already exists');
    this.git(['update-ref', ref, body['sha'] as string]);
    return this.refPayload(ref, body['sha'] as string);
  }

  private updateRef(ref: string, body: Record<string, unknown>): unknown {
    const current = this.resolve(ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    const sha = body['sha'];
    if (this.objectType(sha) !== 'commit') throw new HttpError(422, 'Object does not exist');
    if (body['force'] !== true) {
      try {
        this.git(['merge-base', '--is-ancestor', current, sha as string]);
      } catch {
        throw new HttpError(422, 'Update is not a fast forward');
      }
    }
    this.git(['update-ref', ref, sha as string]);
    return this.refPayload(ref, sha as string);
  }

  private readCommit(sha: string): unknown {
    if (this.objectType(sha) !== 'commit') throw new HttpError(404, 'Not Found');
    const raw = this.git(['cat-file', 'commit', sha]);
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const tree = headers.find((h) => h.startsWith('tree '))!.slice(5);
    const parents = headers.filter((h) => h.startsWith('parent ')).map((h) => ({ sha: h.slice(7) }));
    return { sha, tree: { sha: tree }, parents, message: raw.slice(split + 2).replace(/\n$/, '') };
  }

  private createCommit(body: Record<string, unknown>): unknown {
    const { message, tree, parents } = body as { message?: unknown; tree?: unknown; parents?: unknown };
    if (typeof message !== 'string') throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (this.objectType(tree) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
    const parentList = Array.isArray(parents) ? parents : [];
    if (parentList.some((p) => this.objectType(p) !== 'commit')) throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    const sha = this.git(['commit-tree', tree as string, ...parentList.flatMap((p) => ['-p', p as string])], { input: message }).trim();
    return this.readCommit(sha);
  }

  private readTree(sha: string, recursive: boolean): unknown {
    if (this.objectType(sha) !== 'tree') throw new HttpError(404, 'Not Found');
    const args = ['ls-tree', '-z', '--long', ...(recursive ? ['-r', '-t'] : []), sha];
    let entries = this.git(args)
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => {
        const [meta, entryPath] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
        const [mode, type, objectSha, size] = meta.split(/\s+/);
        return { path: entryPath, mode, type, sha: objectSha, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
    let truncated = false;
    const limit = this.options.truncateRecursiveTreesAt;
    if (recursive && limit !== undefined && entries.length > limit) {
      entries = entries.slice(0, limit);
      truncated = true;
    }
    return { sha, tree: entries, truncated };
  }

  /** A blob from `content` (`encoding` utf-8 or base64, as on GitHub), written with `git hash-object -w`. */
  private createBlob(body: Record<string, unknown>): unknown {
    const { content, encoding } = body as { content?: unknown; encoding?: unknown };
    if (typeof content !== 'string') throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') throw new HttpError(422, `encoding must be utf-8 or base64, got ${String(encoding)}`);
    const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    const sha = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: this.options.gitDir, input: bytes, env: { ...process.env, ...GIT_ENV } }).toString('utf8').trim();
    return { sha, url: `${this.url}/git/blobs/${sha}` };
  }

  /** `base_tree` plus the entries, through a temporary index: `sha: null` deletes, as on GitHub. */
  private createTree(body: Record<string, unknown>): unknown {
    const entries = body['tree'];
    if (!Array.isArray(entries)) throw new HttpError(422, 'Invalid tree info');
    const index = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-emulator-index-')), 'index');
    const env = { GIT_INDEX_FILE: index };
    try {
      if (body['base_tree'] !== undefined) {
        if (this.objectType(body['base_tree']) !== 'tree') throw new HttpError(422, 'base_tree is not a valid tree oid');
        this.git(['read-tree', body['base_tree'] as string], { env });
      }
      const present = new Set(this.git(['ls-files', '-z'], { env }).split('\0').filter(Boolean));
      const lines: string[] = [];
      for (const raw of entries as Record<string, unknown>[]) {
        const entryPath = raw['path'];
        if (typeof entryPath !== 'string' || entryPath === '') throw new HttpError(422, 'Invalid tree info: path is required');
        if (!('sha' in raw) && !('content' in raw)) throw new HttpError(422, 'Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
        if (raw['sha'] === null) {
          if (!present.has(entryPath)) throw new HttpError(422, `GitRPC::BadObjectState: path '${entryPath}' does not exist in the base tree`);
          lines.push(`0 ${'0'.repeat(40)}\t${entryPath}`);
          present.delete(entryPath);
          continue;
        }
        const sha =
          typeof raw['content'] === 'string'
            ? this.git(['hash-object', '-w', '--stdin'], { input: raw['content'] }).trim()
            : (raw['sha'] as string);
        if (this.objectType(sha) !== 'blob') throw new HttpError(422, `tree.sha ${String(sha)} is not a valid blob`);
        lines.push(`${String(raw['mode'])} ${sha}\t${entryPath}`);
        present.add(entryPath);
      }
      if (lines.length > 0) this.git(['update-index', '-z', '--index-info'], { env, input: lines.map((l) => `${l}\0`).join('') });
      const sha = this.git(['write-tree'], { env }).trim();
      return this.readTree(sha, false);
    } finally {
      fs.rmSync(path.dirname(index), { recursive: true, force: true });
    }
  }

  private pullPayload(pull: PullRequest): unknown {
    const { owner } = this.options;
    return {
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      html_url: pull.html_url,
      head: { ref: pull.head, label: `${owner}:${pull.head}`, sha: this.resolve(`refs/heads/${pull.head}`) },
      base: { ref: pull.base, label: `${owner}:${pull.base}` },
    };
  }

  private listPulls(query: Record<string, string>): unknown {
    const { owner } = this.options;
    const state = query['state'] ?? 'open';
    return this.pulls
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => query['head'] === undefined || query['head'] === `${owner}:${p.head}`)
      .filter((p) => query['base'] === undefined || query['base'] === p.base)
      .map((p) => this.pullPayload(p));
  }

  private createPull(body: Record<string, unknown>): unknown {
    const { title, head, base } = body as { title?: unknown; head?: unknown; base?: unknown };
    if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string') throw new HttpError(422, 'Validation Failed');
    if (!this.resolve(`refs/heads/${head}`)) throw new HttpError(422, `Validation Failed: head '${head}' is not a branch`);
    if (!this.resolve(`refs/heads/${base}`)) throw new HttpError(422, `Validation Failed: base '${base}' is not a branch`);
    if (this.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      throw new HttpError(422, `Validation Failed: A pull request already exists for ${this.options.owner}:${head}.`);
    }
    const number = this.pulls.length + 1;
    const pull: PullRequest = {
      number,
      state: 'open',
      title,
      body: typeof body['body'] === 'string' ? body['body'] : '',
      head,
      base,
      html_url: `https://github.example/${this.options.owner}/${this.options.repo}/pull/${number}`,
    };
    this.pulls.push(pull);
    return this.pullPayload(pull);
  }

  private updatePull(number: number, body: Record<string, unknown>): unknown {
    const pull = this.pulls.find((p) => p.number === number);
    if (!pull) throw new HttpError(404, 'Not Found');
    if (typeof body['title'] === 'string') pull.title = body['title'];
    if (typeof body['body'] === 'string') pull.body = body['body'];
    if (body['state'] === 'open' || body['state'] === 'closed') pull.state = body['state'];
    return this.pullPayload(pull);
  }
}
