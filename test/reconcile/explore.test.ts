import { formatReconcile, runReconcile } from '../../src/commands/reconcile.js';
import { createDriftFixture } from './fixture.js';
test('explore', async () => {
  const f = createDriftFixture();
  try {
    const r = await runReconcile({ root: f.repo.root, apply: false, force: false, now: new Date('2026-02-21T12:00:00Z') });
    console.log(formatReconcile(r));
    const a = await runReconcile({ root: f.repo.root, apply: true, force: false, now: new Date('2026-02-21T12:00:00Z') });
    console.log(formatReconcile(a));
    console.log(f.repo.read('_ctx/jobs/running/WO-0057.yaml').split('\n').slice(0,18).join('\n'));
  } finally { f.cleanup(); }
});
