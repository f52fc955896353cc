import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { gcCommand } from './gc.js';
import { reconcileCommand } from './reconcile.js';
import { retentionGcCommand } from './retention-gc.js';
import { transitionsCommand } from './transitions.js';
import { validateBacklogCommand } from './validate-backlog.js';
import { weeklyGateCommand } from './weekly-gate.js';

/**
 * Every CLI command, in the order --help lists them. Each one imports its engine when it runs, so the
 * bundle loads (and compiles) only the code of the command at hand.
 */
export const COMMANDS: Command[] = [auditCommand, gcCommand, retentionGcCommand, weeklyGateCommand, validateBacklogCommand, reconcileCommand, transitionsCommand];
