import { UsageError } from './errors.js';
import { isValidDate } from './schema.js';

/** "Today" as a UTC date `YYYY-MM-DD`: the one given (validated), else the current UTC date. */
export function resolveToday(given: string | undefined, argName = '--today'): string {
  if (given === undefined || given === '') return new Date().toISOString().slice(0, 10);
  if (!isValidDate(given)) throw new UsageError(`${argName}: expected a date YYYY-MM-DD, got '${given}'`);
  return given;
}

/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
