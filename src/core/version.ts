import pkg from '../../package.json' with { type: 'json' };

export const TOOL = 'wo-toolkit';
export const VERSION: string = pkg.version;
