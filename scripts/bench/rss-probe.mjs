// Loaded with `node --import` by the benchmarks: records the process's peak resident set size (KiB).
import fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.WO_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
