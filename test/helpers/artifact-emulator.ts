import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/**
 * A small emulator of the GitHub Actions artifact service, on 127.0.0.1, for tests that run an action
 * bundle with the real `@actions/artifact` client:
 *
 * - the results service's Twirp JSON API (`/twirp/github.actions.results.api.v1.ArtifactService/…`):
 *   CreateArtifact (answers with a signed upload URL that points back here), FinalizeArtifact (answers
 *   with the artifact id) and ListArtifacts;
 * - Azure block-blob uploads to that URL: `PUT …&comp=block&blockid=…` then `PUT …&comp=blocklist`, or
 *   one `PUT` of the whole blob.
 *
 * `env()` gives the variables the client reads (a well-formed unsigned JWT whose `scp` claim names the
 * run and job). Tests then read what arrived: `artifacts()`, and `unzip()` for an artifact's files.
 */

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const DAY_MS = 86_400_000;

export interface EmulatedArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  createdAt: Date;
  /** As the client sent it (RFC 3339), when it asked for a retention period. */
  expiresAt?: string;
  /** Whole days from creation to expiry, when an expiry was given. */
  retentionDays?: number;
  mimeType?: string;
  version?: number;
  finalized: boolean;
  /** The size and hash the client reported when finalizing. */
  size?: number;
  hash?: string;
  /** The uploaded blob (a zip for a normal upload). */
  content?: Buffer;
}

export interface EmulatorRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** An unsigned JWT with the claims the artifact client decodes. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`, iat: 0 }));
  return `${header}.${payload}.unsigned`;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class ArtifactEmulator {
  readonly requests: EmulatorRequest[] = [];
  private readonly store: EmulatedArtifact[] = [];
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private nextId = 1000;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly runBackendId: string,
    readonly jobBackendId: string,
  ) {}

  static async start(options: { runBackendId?: string; jobBackendId?: string } = {}): Promise<ArtifactEmulator> {
    let emulator: ArtifactEmulator | undefined;
    const server = http.createServer((req, res) => {
      emulator!.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(error) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    emulator = new ArtifactEmulator(
      server,
      `http://127.0.0.1:${port}`,
      options.runBackendId ?? 'c4d3a1e5-0000-4000-8000-00000000run1',
      options.jobBackendId ?? 'c4d3a1e5-0000-4000-8000-00000000job1',
    );
    return emulator;
  }

  /** The environment the artifact client needs, pointing at this emulator. */
  env(): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(this.runBackendId, this.jobBackendId),
      ACTIONS_RESULTS_URL: `${this.url}/`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
    };
  }

  /** Finalized artifacts, in upload order. */
  artifacts(): EmulatedArtifact[] {
    return this.store.filter((a) => a.finalized);
  }

  artifact(name: string): EmulatedArtifact | undefined {
    return this.artifacts().find((a) => a.name === name);
  }

  /** The files of a finalized artifact: path inside the zip → bytes. */
  files(name: string): Map<string, Buffer> {
    const artifact = this.artifact(name);
    if (!artifact?.content) throw new Error(`no finalized artifact named '${name}' (have: ${this.artifacts().map((a) => a.name).join(', ') || 'none'})`);
    return unzip(artifact.content);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams) });
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      if (req.headers['authorization'] !== `Bearer ${runtimeToken(this.runBackendId, this.jobBackendId)}`) {
        return this.json(res, 401, { code: 'unauthenticated', msg: 'missing or wrong bearer token' });
      }
      return this.twirp(url.pathname.slice(SERVICE.length), JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>, res);
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) return this.blob(url, req, body, res);
    this.json(res, 404, { code: 'not_found', msg: `${req.method} ${url.pathname}` });
  }

  private json(res: http.ServerResponse, status: number, data: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(data));
  }

  private twirp(method: string, body: Record<string, unknown>, res: http.ServerResponse): void {
    const run = body['workflow_run_backend_id'];
    const job = body['workflow_job_run_backend_id'];
    if (run !== this.runBackendId || job !== this.jobBackendId) {
      return this.json(res, 400, { code: 'invalid_argument', msg: `unknown run/job ${String(run)}/${String(job)}` });
    }
    if (method === 'CreateArtifact') {
      const name = String(body['name'] ?? '');
      if (this.store.some((a) => a.name === name && a.finalized)) {
        return this.json(res, 409, { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` });
      }
      const createdAt = new Date();
      const artifact: EmulatedArtifact = {
        id: this.nextId++,
        name,
        workflowRunBackendId: run,
        workflowJobRunBackendId: job,
        createdAt,
        finalized: false,
      };
      if (typeof body['expires_at'] === 'string') {
        artifact.expiresAt = body['expires_at'];
        artifact.retentionDays = Math.round((Date.parse(body['expires_at']) - createdAt.getTime()) / DAY_MS);
      }
      if (typeof body['mime_type'] === 'string') artifact.mimeType = body['mime_type'];
      if (typeof body['version'] === 'number') artifact.version = body['version'];
      this.store.push(artifact);
      const expiry = new Date(Date.now() + 3_600_000).toISOString();
      return this.json(res, 200, { ok: true, signed_upload_url: `${this.url}/blob/${artifact.id}/${encodeURIComponent(name)}.zip?se=${encodeURIComponent(expiry)}&sp=w&sig=emulated-signature` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = this.store.find((a) => a.name === body['name'] && !a.finalized);
      if (!artifact) return this.json(res, 404, { code: 'not_found', msg: `no artifact ${String(body['name'])} to finalize` });
      if (!artifact.content) return this.json(res, 400, { code: 'failed_precondition', msg: 'nothing was uploaded' });
      artifact.finalized = true;
      artifact.size = Number(body['size'] ?? 0);
      if (typeof body['hash'] === 'string') artifact.hash = body['hash'];
      return this.json(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    if (method === 'ListArtifacts') {
      const nameFilter = body['name_filter'];
      const artifacts = this.artifacts()
        .filter((a) => nameFilter === undefined || nameFilter === a.name)
        .map((a) => ({
          workflow_run_backend_id: a.workflowRunBackendId,
          workflow_job_run_backend_id: a.workflowJobRunBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.content?.length ?? 0),
          created_at: a.createdAt.toISOString(),
        }));
      return this.json(res, 200, { artifacts });
    }
    this.json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  private blob(url: URL, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    if (url.searchParams.get('sig') !== 'emulated-signature') return this.json(res, 403, { code: 'AuthenticationFailed' });
    const id = Number(url.pathname.split('/')[2]);
    const artifact = this.store.find((a) => a.id === id);
    if (!artifact || artifact.finalized) return this.json(res, 404, { code: 'BlobNotFound' });
    const key = String(id);
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid') ?? '';
      if (!this.blocks.has(key)) this.blocks.set(key, new Map());
      this.blocks.get(key)!.set(blockId, body);
    } else if (comp === 'blocklist') {
      const staged = this.blocks.get(key) ?? new Map<string, Buffer>();
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]!);
      const missing = ids.filter((b) => !staged.has(b));
      if (missing.length > 0) return this.json(res, 400, { code: 'InvalidBlockList', msg: `unknown blocks ${missing.join(', ')}` });
      artifact.content = Buffer.concat(ids.map((b) => staged.get(b)!));
      this.blocks.delete(key);
    } else if (comp === null) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return this.json(res, 400, { code: 'MissingRequiredHeader', msg: 'x-ms-blob-type' });
      artifact.content = body;
    } else {
      return this.json(res, 400, { code: 'InvalidQueryParameterValue', msg: `comp=${comp}` });
    }
    res.writeHead(201, {
      etag: `"0x${Date.now().toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': `${id}-${this.requests.length}`,
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    res.end();
  }
}

/** The files of a zip archive (central directory; stored and deflated entries), path → bytes. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const EOCD = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? zlib.inflateRawSync(raw) : undefined;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    files.set(name.replace(/^\/+/, ''), data);
  }
  return files;
}
