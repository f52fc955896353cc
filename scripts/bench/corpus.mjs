// The work-order corpora the benchmarks and the differential tests of the fast YAML reader share
// (test/core/fast-yaml.fuzz.test.ts imports this module, so both measure and prove the same shapes):
//
// - `simple`: the shape the fast reader was first written for, every value a one-line scalar (~17 lines);
// - `realistic`: WO files as real pipelines write them (60–100 lines): a leading comment, multi-line
//   plain scalars, `|` and `>` block scalars with every chomping indicator and indentation indicators,
//   nested mappings (`execution`, `trace`), lists of 5–20 items, compact mappings in lists, comments
//   between and after entries, `x_*` keys, quoted and unquoted strings, nulls written three ways.
//
// Both are valid against the repository schemas below (the shapes test/helpers/real-repo.ts writes into
// `docs/backlog/schema/`), so validate-backlog reports nothing on either and the benchmark times the
// validation, not the error reporting. Everything is drawn from a seeded generator: a corpus is the same
// from run to run.

export const STATES = ['pending', 'running', 'done', 'failed'];
export const CORPORA = ['simple', 'realistic'];
export const EPICS = 50;

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

export const woId = (i) => `WO-${String(i).padStart(5, '0')}`;
export const epicId = (i) => `E${String((i % EPICS) + 1).padStart(4, '0')}`;
/** A commit id as the closing script writes it (40 hex, never read by YAML as a number). */
export const shaOf = (i) => `c${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}${'0123456789abcdef'.repeat(2).slice(0, 31)}`;

/** The repository's own work-order schema (draft-07): what a team keeps in docs/backlog/schema/. */
export const WORK_ORDER_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'work_order.schema.json',
  title: 'Work Order',
  description: 'One work order of the ctx pipeline.',
  type: 'object',
  required: ['id', 'version', 'epic_id', 'title', 'status', 'priority', 'dod_id', 'scope', 'execution', 'verify'],
  properties: {
    id: { type: 'string', pattern: '^WO-[A-Za-z0-9][A-Za-z0-9.-]*$' },
    version: { type: 'integer', minimum: 1 },
    epic_id: { type: 'string', pattern: '^E[0-9]{4}$' },
    title: { type: 'string', minLength: 1 },
    status: { enum: ['pending', 'running', 'done', 'failed', 'partial', 'blocked'] },
    priority: { type: 'string', pattern: '^(P[0-3]|critical|high|medium|low)$' },
    owner: { type: ['string', 'null'] },
    branch: { type: ['string', 'null'] },
    worktree: { type: ['string', 'null'] },
    dod_id: { type: 'string', pattern: '^DOD-[A-Z0-9-]+$' },
    description: { type: 'string' },
    objective: { type: 'string' },
    scope: {
      type: 'object',
      required: ['allow', 'deny'],
      properties: {
        allow: { type: 'array', minItems: 1, items: { type: 'string' } },
        deny: { type: 'array', items: { type: 'string' } },
      },
    },
    execution: {
      type: 'object',
      required: ['required_flow'],
      additionalProperties: false,
      properties: {
        required_flow: { type: 'array', minItems: 1, items: { type: 'string' } },
        mode: { enum: ['worktree', 'inline'] },
        timeout_minutes: { type: 'integer', minimum: 1 },
        retries: { type: 'integer', minimum: 0 },
      },
    },
    verify: {
      type: 'object',
      required: ['commands'],
      properties: { commands: { type: 'array', minItems: 1, items: { type: 'string' } }, cwd: { type: 'string' } },
    },
    dependencies: { type: 'array', items: { type: 'string' } },
    trace: { type: 'object' },
    deliverables: {
      type: 'array',
      items: { type: 'object', required: ['path'], properties: { path: { type: 'string' }, kind: { type: 'string' } } },
    },
    acceptance_criteria: { type: 'array', items: { type: 'string' } },
    created_at: { type: 'string', format: 'date-time' },
    started_at: { type: ['string', 'null'], format: 'date-time' },
    finished_at: { type: ['string', 'null'], format: 'date-time' },
    closed_at: { type: ['string', 'null'], format: 'date-time' },
    verified_at_sha: { type: ['string', 'null'], pattern: '^[0-9a-f]{7,40}$' },
  },
  patternProperties: { '^x_': {} },
};

/** The repository's own backlog schema (draft-07, closed at the top). */
export const BACKLOG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Backlog',
  type: 'object',
  required: ['version', 'epics'],
  additionalProperties: false,
  properties: {
    version: { type: 'integer' },
    generated_at: { type: 'string' },
    epics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'status'],
        properties: {
          id: { type: 'string', pattern: '^E[0-9]{4}$' },
          title: { type: 'string' },
          status: { enum: ['planned', 'active', 'done', 'partial'] },
          priority: { type: 'string', pattern: '^(P[0-3]|critical|high|medium|low)$' },
          wo_queue: { type: 'array', items: { type: 'string' } },
          description: { type: 'string' },
        },
        patternProperties: { '^x_': {} },
      },
    },
  },
};

/** The repository's own DoD catalog schema (2020-12, a list of DoDs per file). */
export const DOD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Definition of Done catalog',
  type: 'object',
  required: ['version', 'dod'],
  additionalProperties: false,
  properties: {
    version: { type: 'integer' },
    dod: { type: 'array', minItems: 1, items: { $ref: '#/$defs/dod' } },
  },
  $defs: {
    dod: {
      type: 'object',
      required: ['id', 'title'],
      properties: {
        id: { type: 'string', pattern: '^DOD-[A-Z0-9-]+$' },
        title: { type: 'string' },
        required_artifacts: { type: 'array', items: { type: 'string' } },
        required_checks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'commands'],
            properties: { name: { type: 'string' }, commands: { type: 'array', minItems: 1, items: { type: 'string' } } },
          },
        },
        rules: { type: 'array', items: { type: 'string' } },
        x_legacy: { type: 'boolean' },
      },
      patternProperties: { '^x_': {} },
    },
  },
};

/** A WO whose values are all one-line scalars (what the first benchmarks measured). */
export function simpleWoText(i, state) {
  const id = woId(i);
  return [
    `id: ${id}`,
    'version: 1',
    `epic_id: ${epicId(i)}`,
    'dod_id: DOD-DEFAULT',
    `title: Work order number ${i}`,
    `status: ${state}`,
    'scope:',
    '  allow: ["src/**", "docs/**"]',
    '  deny: []',
    'execution:',
    '  required_flow: [take, implement, verify]',
    'verify:',
    '  commands: ["npm test", "npm run lint"]',
    'owner: team',
    'priority: P2',
    `created_at: "2026-01-01T00:00:00Z"`,
    ...(state === 'done' ? [`verified_at_sha: ${shaOf(i)}`] : []),
    '',
  ].join('\n');
}

const WORDS = ('the pipeline take close verify lock state worktree handoff verdict gate review audit script folder file move ' +
  'step owner branch commit patch evidence decision retry budget formatter schema backlog epic queue report line column').split(' ');
const PATHS = ['src/pipeline/**', 'tests/pipeline/**', 'docs/pipeline/*.md', 'scripts/ctx_wo_take.py', 'src/gate/**', 'schemas/*.json', 'README.md', 'src/lock/**', 'test/fixtures/**'];

function words(random, min, max) {
  return Array.from({ length: random.int(min, max) }, () => random.pick(WORDS)).join(' ');
}

/** The header of a block scalar: `|` or `>`, a chomping indicator, sometimes an indentation indicator. */
function blockHeader(random) {
  const style = random.pick(['|', '>']);
  const chomp = random.pick(['', '', '-', '+']);
  const indent = random.chance(0.25) ? '2' : '';
  return random.chance(0.5) ? `${style}${indent}${chomp}` : `${style}${chomp}${indent}`;
}

/** A block scalar's content lines at two spaces, with blank lines, deeper lines and text that looks like YAML. */
function blockBody(random, id) {
  const lines = [`  ${id} came out of the drift review: ${words(random, 4, 9)}.`];
  for (let n = random.int(1, 4); n > 0; n--) {
    const kind = random.int(0, 5);
    if (kind === 0) lines.push('');
    else if (kind === 1) lines.push(`    - ${words(random, 3, 7)}`);
    else if (kind === 2) lines.push(`  # not a comment: ${words(random, 2, 4)}`);
    else if (kind === 3) lines.push(`  key: value, "quoted", [flow] and {braces} ${words(random, 1, 3)}`);
    else lines.push(`  ${words(random, 5, 12)}`);
  }
  lines.push(`  ${words(random, 3, 8)}.`);
  if (random.chance(0.3)) lines.push('');
  return lines;
}

const nullValue = (random) => random.pick(['null', '~', '']);
const withNull = (random, key) => {
  const value = nullValue(random);
  return value === '' ? `${key}:` : `${key}: ${value}`;
};
const quotedTime = (random, time) => random.pick([`"${time}"`, `'${time}'`, time]);

/**
 * A WO in the real shape (60–100 lines), valid against WORK_ORDER_SCHEMA. `random` is a seeded()
 * generator; the same generator state gives the same text.
 */
export function realisticWoText(i, state, random) {
  const id = woId(i);
  const done = state === 'done';
  const running = state === 'running';
  const lines = [];
  if (random.chance(0.6)) lines.push('# yaml-language-server: $schema=../../../docs/backlog/schema/work_order.schema.json');
  if (random.chance(0.1)) lines.push('---');
  lines.push(random.chance(0.8) ? `id: ${id}` : random.chance(0.5) ? `id: "${id}"` : `id: '${id}'`);
  lines.push('version: 2', `epic_id: ${epicId(i)}`);
  // A multi-line plain scalar: the title goes on over one or two indented lines.
  lines.push(`title: ${words(random, 3, 7)} ${i}`);
  for (let n = random.int(1, 2); n > 0; n--) lines.push(`  ${words(random, 3, 8)}`);
  lines.push(random.chance(0.2) ? `status: ${state} # moved by the ${running ? 'take' : 'close'} script` : `status: ${state}`);
  lines.push(`priority: ${random.pick(['P0', 'P1', 'P2', 'P3', 'high', 'medium', 'low', '"P2"'])}`);
  lines.push(running || done ? `owner: ${random.pick(['dev', '"dev"', 'platform-team'])}` : withNull(random, 'owner'));
  lines.push(running ? `branch: feat/wo-${id}` : withNull(random, 'branch'));
  lines.push(running ? `worktree: ../.worktrees/${id}` : withNull(random, 'worktree'));
  lines.push(`dod_id: ${random.chance(0.7) ? 'DOD-DEFAULT' : 'DOD-DOCS'}`);
  lines.push('', '# What and why');
  lines.push(`description: ${blockHeader(random)}`, ...blockBody(random, id));
  lines.push(`objective: ${blockHeader(random)}`, ...blockBody(random, id));
  lines.push('scope:', '  allow:');
  for (let n = random.int(2, 5); n > 0; n--) lines.push(`    - ${random.pick(PATHS)}`);
  lines.push('  deny:', '    - _ctx/jobs/**', `    - ${random.chance(0.5) ? '".github/workflows/**"' : '.github/workflows/**'}`);
  lines.push('execution:', '  required_flow:');
  for (const step of ['take', 'implement', 'verify', 'handoff', 'close'].slice(0, random.int(3, 5))) lines.push(`    - ${step}`);
  lines.push('  mode: worktree', `  timeout_minutes: ${random.int(30, 180)}`, `  retries: ${random.int(0, 3)} # the verify step only`);
  lines.push('verify:', '  commands:', '    - npm ci', "    - 'npm test -- --runInBand'", '    - "npm run lint -- --max-warnings=0"');
  const deps = Array.from({ length: random.int(0, 3) }, () => woId(random.int(1, 9999)));
  lines.push(random.chance(0.5) ? `dependencies: [${deps.join(', ')}]` : deps.length === 0 ? 'dependencies: []' : `dependencies:\n${deps.map((d) => `  - ${d}`).join('\n')}`);
  lines.push('trace:', '  created_by: ctx_wo_new.py', `  source: docs/plans/v3.md#${random.pick(WORDS)}-${random.pick(WORDS)}`, '  links:');
  for (let n = random.int(1, 2); n > 0; n--) lines.push(`    - kind: ${random.pick(['adr', 'issue', 'pr'])}`, `      ref: "#${random.int(1, 999)}"`);
  lines.push('  history:', '    - at: "2026-02-10T09:00:00Z"', '      event: created');
  if (running || done || state === 'failed') lines.push(`    - at: ${quotedTime(random, '2026-02-18T15:09:14Z')}`, '      event: taken');
  lines.push('deliverables:');
  for (let n = random.int(2, 3); n > 0; n--) lines.push(`  - path: ${random.pick(PATHS).replace('**', 'index.ts').replace('*', 'take')}`, `    kind: ${random.pick(['code', 'test', 'doc'])}`);
  const tail = [];
  tail.push(`created_at: ${quotedTime(random, '2026-02-10T09:00:00Z')}`);
  tail.push(running || done || state === 'failed' ? `started_at: ${quotedTime(random, '2026-02-11T10:00:00Z')}` : withNull(random, 'started_at'));
  tail.push(done || state === 'failed' ? `finished_at: ${quotedTime(random, '2026-02-12T16:30:00Z')}` : withNull(random, 'finished_at'));
  if (done) tail.push(`closed_at: ${quotedTime(random, '2026-02-12T17:02:41Z')}`, `verified_at_sha: ${shaOf(i)}`);
  tail.push(`x_estimate_hours: ${random.int(1, 40)}`, 'x_notes:', '  - split from the v2 plan', `  - ${words(random, 3, 6)}`);
  if (random.chance(0.3)) tail.push('# end of work order');
  // 5 to 20 acceptance criteria, as many as keep the file within 100 lines.
  const criteria = ['acceptance_criteria:'];
  const room = 100 - lines.join('\n').split('\n').length - tail.length - 1;
  for (let n = random.int(5, Math.max(5, Math.min(20, Math.floor(room / 1.6)))); n > 0; n--) {
    criteria.push(`  - ${random.pick(['The', 'A', 'Every', 'No'])} ${words(random, 4, 10)}`);
    if (random.chance(0.15)) criteria.push(`    ${words(random, 3, 6)}`); // an item that goes on over a second line
  }
  return `${[...lines, ...criteria, ...tail].join('\n')}\n`;
}

/** The text of WO number `i` in `state` for a corpus; `random` is only used by the realistic one. */
export function woText(corpus, i, state, random) {
  return corpus === 'realistic' ? realisticWoText(i, state, random) : simpleWoText(i, state);
}

const DOD_CATALOG = `version: 1
dod:
  - id: DOD-DEFAULT
    title: Default definition of done for code work orders
    required_artifacts:
      - handoff.md
    required_checks:
      - name: unit tests
        commands: [npm ci, npm test]
    rules:
      - Every changed module has a test
  - id: DOD-DOCS
    title: Documentation-only work orders
    rules:
      - Links checked
`;

/**
 * Writes the backlog side of a governed repository for `count` WOs: the repository's own schemas in
 * docs/backlog/schema/, the DoD catalog, a backlog whose epics queue every WO, an empty whitelist.
 */
export function backlogFiles(count) {
  const backlog = ['version: 3', 'generated_at: "2026-02-20T08:00:00Z"', 'epics:'];
  for (let e = 0; e < EPICS; e++) {
    backlog.push(`  - id: E${String(e + 1).padStart(4, '0')}`, `    title: Epic number ${e + 1}`, '    status: active', '    wo_queue:');
    for (let i = e; i < count; i += EPICS) backlog.push(`      - ${woId(i)}`);
  }
  return {
    'docs/backlog/schema/work_order.schema.json': `${JSON.stringify(WORK_ORDER_SCHEMA, null, 2)}\n`,
    'docs/backlog/schema/backlog.schema.json': `${JSON.stringify(BACKLOG_SCHEMA, null, 2)}\n`,
    'docs/backlog/schema/dod.schema.json': `${JSON.stringify(DOD_SCHEMA, null, 2)}\n`,
    '_ctx/dod/dod-default.yaml': DOD_CATALOG,
    '_ctx/backlog/backlog.yaml': `${backlog.join('\n')}\n`,
    '_ctx/jobs/audit_whitelist.yaml': 'entries: []\n',
  };
}
