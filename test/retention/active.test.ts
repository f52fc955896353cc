import { activeWorkOrders, declaredIds } from '../../src/retention/active.js';
import { defaultConfig } from '../../src/core/config.js';
import { TestRepo } from '../helpers/repo.js';

const pattern = defaultConfig().woIdPattern;

describe('the ids a WO file declares', () => {
  test.each([
    ['id: WO-0009\ntitle: x\n', ['WO-0009']],
    ['id: "WO-0009"\n', ['WO-0009']],
    ["id: 'WO-0009'  # the real one\n", ['WO-0009']],
    ['id: WO-0009\r\ntitle: x\r\n', ['WO-0009']],
    // Not plain: the YAML parser decides.
    ['id: &anchor WO-0009\n', ['WO-0009']],
    ['id: !!str WO-0009\n', ['WO-0009']],
    ['{id: WO-0009, title: x}\n', ['WO-0009']],
    ['id:\n  WO-0009\n', ['WO-0009']],
    ['title: no id here\n', ['WO-0001']],
    ['description: |\n  id: WO-0777\nid: WO-0009\n', ['WO-0009']],
  ])('%j → %j', (text, ids) => {
    expect(declaredIds(text, 'WO-0001', pattern)).toEqual(ids);
  });
});

describe('active work orders', () => {
  test('running and pending files (by id and by name) and locks; done and failed are not active', () => {
    const repo = TestRepo.create();
    try {
      repo.writeWo('running', 'WO-0001');
      repo.writeWo('pending', 'WO-0003', { fileName: 'WO-0002.yml' });
      repo.writeWo('pending', 'WO-0004', { raw: 'id: [unterminated\n' });
      repo.writeWo('done', 'WO-0005');
      repo.writeWo('failed', 'WO-0006');
      repo.writeLock('WO-0006');
      const active = activeWorkOrders(repo.root, defaultConfig());
      expect(Object.fromEntries([...active].map(([id, wo]) => [id, wo.reason]))).toEqual({
        'WO-0001': 'wo_running',
        'WO-0002': 'wo_pending',
        'WO-0003': 'wo_pending',
        'WO-0004': 'wo_pending',
        'WO-0006': 'wo_locked',
      });
    } finally {
      repo.cleanup();
    }
  });
});
