/**
 * Reading a person's decision in `decision.md` (docs/gc.md): a decision is complete when
 * `ACTION_REQUIRED` is gone and exactly one of APPLY, DISCARD, MANUAL REVIEW is checked (`[x]`).
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
}

// `[x] APPLY`, `[X] **DISCARD**`, `[ ] MANUAL REVIEW`: a box, then (perhaps emphasised) the option.
const BOX = /\[([ xX])\]\s*[*_`]*\s*(APPLY|DISCARD|MANUAL\s+REVIEW)\b/gi;

export function assessDecision(text: string): DecisionAssessment {
  const actionRequired = text.includes('ACTION_REQUIRED');
  const checkedSet = new Set<DecisionOption>();
  for (const match of text.matchAll(BOX)) {
    if (match[1] === ' ') continue;
    checkedSet.add(match[2]!.toUpperCase().replace(/\s+/g, ' ') as DecisionOption);
  }
  const checked = DECISION_OPTIONS.filter((option) => checkedSet.has(option));
  let problem: string | undefined;
  if (actionRequired) problem = 'it still says ACTION_REQUIRED';
  else if (checked.length === 0) problem = 'no decision box is checked';
  else if (checked.length > 1) problem = `${checked.length} decision boxes are checked (${checked.join(', ')}); exactly one must be`;
  return problem === undefined ? { complete: true, actionRequired, checked } : { complete: false, actionRequired, checked, problem };
}

export function isDecisionComplete(text: string): boolean {
  return assessDecision(text).complete;
}
