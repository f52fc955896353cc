import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { gcCommand } from './gc.js';
import { retentionGcCommand } from './retention-gc.js';
import { validateBacklogCommand } from './validate-backlog.js';
import { weeklyGateCommand } from './weekly-gate.js';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: Command[] = [auditCommand, gcCommand, retentionGcCommand, weeklyGateCommand, validateBacklogCommand];
