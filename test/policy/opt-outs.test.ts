import { audit, formatOptOuts, OPT_OUTS_ANNOTATION, parseOptOuts } from '../../lib/policy';

describe('opt-outs |', () => {
  test('parse and format are inverse, and a reason may contain semicolons', () => {
    const optOuts = { backup: 'stateless; data lives in the warehouse', logging: 'ships logs with its own agent' };
    const value = formatOptOuts(optOuts);
    expect(parseOptOuts(value)).toEqual([
      { part: 'backup', reason: 'stateless; data lives in the warehouse' },
      { part: 'logging', reason: 'ships logs with its own agent' },
    ]);
  });

  test('every report lists the parts a Namespace turned off, with the reasons', () => {
    const ns = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'legacy', annotations: { [OPT_OUTS_ANNOTATION]: 'backup: stateless batch tenant, nothing to restore' } },
    };
    const report = audit([ns]);
    expect(report.notCovered).toEqual([
      { object: { apiVersion: 'v1', kind: 'Namespace', name: 'legacy', namespace: undefined }, source: { documentIndex: 0 }, part: 'backup', reason: 'stateless batch tenant, nothing to restore' },
    ]);
    expect(audit([{ ...ns, metadata: { name: 'plain' } }]).notCovered).toEqual([]);
  });
});
