/**
 * A mistake of the user's (bad argument, bad configuration, wrong folder): reported as one line and
 * exit code 2, never with a stack trace. Anything else that is thrown is a bug.
 */
export class ConfigurationError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** A bad command-line argument or action input: a ConfigurationError that names the argument. */
export class UsageError extends ConfigurationError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

export function errorMessage(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (vm contexts) are still errors.
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
