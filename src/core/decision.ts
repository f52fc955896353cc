/**
 * Reading a person's decision in `decision.md` (docs: gc, "Deciding"). A decision is complete when
 * `ACTION_REQUIRED` is gone and either
 * - the template's choice line is there (any box of APPLY, DISCARD, MANUAL REVIEW) with exactly one
 *   of them checked (`[x]` or `[X]`), or
 * - there is no choice line and the person wrote the decision in their own words: a `Status:` or
 *   `Decision:` field (bold or not, `**Status:** DECIDED - CLEANUP APPROVED`, `**Decision:** DESTROY`)
 *   whose value is not empty and not ACTION_REQUIRED, PENDING or TODO, and no such field says one of
 *   those (a record that contradicts itself is not a decision).
 * Anything else is not complete; a task list (`- [ ] Worktree removed`) is not a decision.
 */

export const DECISION_OPTIONS = ['APPLY', 'DISCARD', 'MANUAL REVIEW'] as const;
export type DecisionOption = (typeof DECISION_OPTIONS)[number];

export interface DecisionAssessment {
  complete: boolean;
  /** The text still contains `ACTION_REQUIRED`. */
  actionRequired: boolean;
  /** The options whose box is checked, each once, in template order. */
  checked: DecisionOption[];
  /** Why the decision is not complete, in words (absent when complete). */
  problem?: string;
  /** The decision written in the person's own words (`Decision: DESTROY`), when that is what made it complete. */
  words?: string;
}

// `[x] APPLY`, `[X] **DISCARD**`, `[ ] MANUAL REVIEW`: a box, then (perhaps emphasised) the option.
const BOX = /\[([ xX])\]\s*[*_`]*\s*(APPLY|DISCARD|MANUAL\s+REVIEW)\b/gi;

// `**Status:** DECIDED`, `Decision: DESTROY`, `- **Decision**: keep`: a field at the start of a line.
const FIELD = /^[ \t>*-]*(?:\*\*|__)?[ \t]*(Status|Decision)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(.*)$/gim;
const UNDECIDED = /^(ACTION_REQUIRED|PENDING|TODO)\b/i;

/** The values of the `Status:` and `Decision:` fields, emphasis and comments taken off. */
function fieldValues(text: string): string[] {
  return [...text.matchAll(FIELD)].map((m) =>
    m[2]!
      .replace(/<!--.*?-->/g, '')
      .replace(/^[*_`\s]+|[*_`\s]+$/g, '')
      .trim(),
  );
}

export function assessDecision(text: string): DecisionAssessment {
  const actionRequired = text.includes('ACTION_REQUIRED');
  const checkedSet = new Set<DecisionOption>();
  let choiceLine = false;
  for (const match of text.matchAll(BOX)) {
    choiceLine = true;
    if (match[1] === ' ') continue;
    checkedSet.add(match[2]!.toUpperCase().replace(/\s+/g, ' ') as DecisionOption);
  }
  const checked = DECISION_OPTIONS.filter((option) => checkedSet.has(option));
  let problem: string | undefined;
  let words: string | undefined;
  if (actionRequired) problem = 'it still says ACTION_REQUIRED';
  else if (choiceLine) {
    if (checked.length === 0) problem = 'no decision box is checked';
    else if (checked.length > 1) problem = `${checked.length} decision boxes are checked (${checked.join(', ')}); exactly one must be`;
  } else {
    const values = fieldValues(text);
    const undecided = values.find((v) => UNDECIDED.test(v));
    words = values.find((v) => v !== '' && !UNDECIDED.test(v));
    if (undecided !== undefined) problem = `a Status or Decision field still says ${undecided}`;
    else if (words === undefined) problem = 'no decision box is checked and no Status: or Decision: field records a decision';
  }
  if (problem !== undefined) return { complete: false, actionRequired, checked, problem };
  return words === undefined ? { complete: true, actionRequired, checked } : { complete: true, actionRequired, checked, words };
}

export function isDecisionComplete(text: string): boolean {
  return assessDecision(text).complete;
}

/**
 * Which patches a decision names (docs/formats.md#one-decision-per-patch). A decision covers only the
 * patches it names: the patch's file name `dirty.<sha256>.patch`, its full SHA-256, or a prefix of at
 * least 12 hex digits of it (what the summaries show) standing as a word of its own, in any case. A
 * prefix that fits more than one of the patches in question names none of them (it cannot say which).
 * A decision in a person's words counts the same as gc's template, once it names the patch. Names in
 * the lines of the template that describe the work (the files affected, the worktree, the base commit:
 * DESCRIBING_LINE) do not count.
 */

export const MIN_NAMED_PREFIX = 12;

// Runs of hex digits standing alone (not inside a longer word): `dirty.<hex>.patch`, `<hex>`, `<hex>…`.
const HEX_WORD = new RegExp(`(?<![0-9A-Za-z])[0-9a-fA-F]{${MIN_NAMED_PREFIX},64}(?![0-9A-Za-z])`, 'g');

/**
 * Lines of gc's template that describe the work rather than name the patch decided on: the files the
 * patch touches (a file name can hold another patch's name or hash: a copy of an earlier patch kept in
 * the worktree, `notes/review-<hash>.md`), the worktree and its branch, the base commit, the command,
 * the WO id, and gc's signature. A name there never makes the decision cover a patch; the Patch Hash,
 * Patch path, Patch SHA256 and Supersedes rows and whatever a person writes do.
 */
const DESCRIBING_LINE =
  /^\s*(?:\|\s*(?:\*\*)?(?:WO ID|Date|Type|Command used|Worktree|Base commit)(?:\*\*)?\s*\||[-*]\s*(?:\*\*)?(?:Content type|Files affected|Estimated risk)(?:\*\*)?\s*:|<!-- wo-toolkit gc: generated file)/i;

/** Every hex word of at least 12 digits in the text, lower-cased: the candidates for naming a patch. */
export function hexWords(text: string): Set<string> {
  const naming = text
    .split('\n')
    .filter((line) => !DESCRIBING_LINE.test(line))
    .join('\n');
  return new Set([...naming.matchAll(HEX_WORD)].map((m) => m[0].toLowerCase()));
}

/**
 * The SHA-256s among `patches` that the decision text names (in the order of `patches`). `patches` is
 * every patch the question is about: a WO's patches on disk, plus the patch a run is about to write.
 */
export function namedPatches(text: string, patches: readonly string[]): string[] {
  const words = hexWords(text);
  const named = new Set<string>();
  for (const word of words) {
    if (word.length === 64) {
      if (patches.includes(word)) named.add(word);
      continue;
    }
    const fits = patches.filter((sha) => sha.startsWith(word));
    if (fits.length === 1) named.add(fits[0]!);
  }
  return patches.filter((sha) => named.has(sha));
}

/** Whether the decision text names this patch (see namedPatches). */
export function namesPatch(text: string, sha256: string, patches: readonly string[] = [sha256]): boolean {
  return namedPatches(text, patches.includes(sha256) ? patches : [...patches, sha256]).includes(sha256);
}

/** Whether the decision text names any patch at all: one of `patches`, or any full SHA-256 (a patch since deleted, say). */
export function namesAnyPatch(text: string, patches: readonly string[]): boolean {
  return namedPatches(text, patches).length > 0 || [...hexWords(text)].some((w) => w.length === 64);
}
