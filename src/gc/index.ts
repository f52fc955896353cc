/** The gc engine's public surface (SPEC.md §3), for the gc command and the parts that build on it. */
export { runGcEngine, GC_MODES, isRemoval, type GcAction, type GcEngineOptions, type GcMode, type GcOperation, type GcOutcome } from './engine.js';
export { detectDirty, readDirtyState, isExcluded, parseStatus, STATUS_ARGS, type DirtyState, type StatusEntry } from './dirty.js';
export { buildPatch, provePatch, sha256Hex, type Patch, type PatchFile } from './patch.js';
export {
  assessDecision,
  isDecisionComplete,
  isUntouched,
  decisionPatchHash,
  renderDecision,
  DECISION_OPTIONS,
  type DecisionOption,
} from './decision.js';
export { PATCH_LINK, CHECKSUM_FILE, DECISION_FILE } from './evidence.js';
export { planTargets, type Target, type TargetKind } from './plan.js';
export { GC_LOCK_NAME, gcLockPath } from './lock.js';
export { GC_STEPS, type GcStep } from './hooks.js';
