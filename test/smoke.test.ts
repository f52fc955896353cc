import { buildRealRepo, DRIFT_PLANTS, DEFECT_PLANTS } from './helpers/real-repo.js';
import { runCli } from './helpers/cli.js';
test('smoke', async () => {
  const r = buildRealRepo({ plant: [...DRIFT_PLANTS] });
  const a = await runCli(['audit', '--root', r.root]);
  console.log(a.stdout, a.stderr);
  const g = await runCli(['gc', '--root', r.root, '--apply']);
  console.log(g.stdout, g.stderr);
  console.log(r.repo.git('worktree', 'list'));
  const w = await runCli(['weekly-gate', '--root', r.root]);
  console.log(w.stdout, w.stderr);
  r.cleanup();
}, 60000);
