import { auditResources, cluster, expectCloudFail, expectCloudNotApplicable, expectCloudPass, nodePool } from '../fixtures/clu';

describe('KW-MON-003 TKE event persistence |', () => {
  test('passes when eventPersistence.enabled is true', () => {
    expectCloudPass('KW-MON-003', [cluster()]);
  });

  test('fails when eventPersistence is absent', () => {
    const [f] = expectCloudFail('KW-MON-003', [cluster({ eventPersistence: undefined })]);
    expect(f.field).toBe('eventPersistence.enabled');
    expect(f.object.kind).toBe('Cluster');
  });

  test('fails when eventPersistence is disabled', () => {
    expectCloudFail('KW-MON-003', [cluster({ eventPersistence: { enabled: false, logSetId: 'ls-1' } })]);
  });

  test('a suppression with a reason is honoured', () => {
    const c = { ...cluster({ eventPersistence: undefined }), suppressions: { 'KW-MON-003': 'events go to our own exporter into CLS' } };
    const found = auditResources([c]).findings.filter((f) => f.controlId === 'KW-MON-003');
    expect(found).toHaveLength(1);
    expect(found[0].suppressed?.reason).toMatch(/exporter/);
  });

  test('resources other than clusters are out of scope', () => {
    expectCloudNotApplicable('KW-MON-003', [nodePool()]);
  });
});
