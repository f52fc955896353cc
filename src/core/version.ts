import pkg from '../../package.json' with { type: 'json' };

export const TOOL = 'wo-toolkit';
export const VERSION: string = pkg.version;

/**
 * Where the toolkit is published, from package.json (`homepage`, else `repository`), for reports that
 * link to it (SARIF's informationUri). Undefined while the package names neither: a made-up address
 * would send users to someone else's repository.
 */
export const INFORMATION_URI: string | undefined = informationUri(pkg as { homepage?: unknown; repository?: unknown });

function informationUri(manifest: { homepage?: unknown; repository?: unknown }): string | undefined {
  if (typeof manifest.homepage === 'string' && /^https:\/\//.test(manifest.homepage)) return manifest.homepage;
  const repository = manifest.repository;
  const url = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') return undefined;
  const https = url.replace(/^git\+/, '').replace(/\.git$/, '');
  if (/^https:\/\//.test(https)) return https;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  return shorthand ? `https://github.com/${shorthand[1]}` : undefined;
}
