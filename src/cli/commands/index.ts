import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { gcCommand } from './gc.js';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: Command[] = [auditCommand, gcCommand];
