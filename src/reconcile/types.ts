import type { State } from '../core/config.js';

/** The drift reconcile repairs (each named as audit names what it finds). */
export const REPAIR_CODES = ['split_brain', 'fail_but_running', 'lock_without_running', 'running_without_lock', 'running_without_metadata'] as const;
export type RepairCode = (typeof REPAIR_CODES)[number];

/**
 * What a repair does: remove a copy of a split-brain WO, move a failed WO out of running/, remove a
 * lock left behind, write a missing lock, fill a running WO's empty fields; `decide` is a repair no rule
 * covers, which a person must make.
 */
export type RepairAction = 'remove_copy' | 'move_to_failed' | 'remove_lock' | 'create_lock' | 'fill_metadata' | 'decide';

/** What keeps a repair from being applied by `--apply` alone. */
export type RepairNeed = 'force' | 'person' | 'fix_file';

export interface FieldNotInferred {
  field: string;
  reason: string;
}

/** One repair of the report. */
export interface Repair {
  wo_id: string;
  code: RepairCode;
  action: RepairAction;
  /** Where the WO (or its lock) is: a state, `a+b` for a split brain, `unlocked`, `locked`, `incomplete`. */
  from: string | null;
  /** Where it ends up; null when a person must decide. */
  to: string | null;
  /** Every file the repair reads, writes or removes (repository-relative). */
  paths: string[];
  /** True when `--apply` alone applies it. */
  safe: boolean;
  applied: boolean;
  /** Where a removed copy is saved first; null when nothing needs saving. */
  evidence_path: string | null;
  /** One line: what the repair does, or what is in its way. */
  message: string;
  /** What it needs beyond `--apply`: `--force`, a person's decision, or a file fixed first. */
  needs: RepairNeed | null;
  /** Split brain: the keys in which a removed copy differs from the survivor beyond the fields a WO gains as it moves. */
  differences?: string[];
  /** running_without_metadata: the values filled in. */
  filled?: Record<string, string>;
  /** running_without_metadata: the empty fields that cannot be inferred, and why. */
  not_inferred?: FieldNotInferred[];
}

export interface ReconcileSummary {
  repairs: number;
  safe: number;
  needs_force: number;
  needs_person: number;
  blocked: number;
  applied: number;
  /** Repairs not applied: what keeps the exit code at 1. */
  remaining: number;
}

/** A running WO whose empty fields nothing can fill: reported, not a repair. */
export interface ReconcileNote {
  wo_id: string;
  path: string;
  message: string;
  not_inferred: FieldNotInferred[];
}

export type StateOrNone = State | null;
