import { destinationRule } from '../fixtures/mesh';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MESH-004 DestinationRules do not disable TLS |', () => {
  test('passes with ISTIO_MUTUAL and without any trafficPolicy', () => {
    expectPass('KW-MESH-004', [destinationRule({ trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } }), destinationRule({}, 'plain')]);
  });

  test('fails on a top-level DISABLE', () => {
    const [f] = expectFail('KW-MESH-004', [destinationRule({ trafficPolicy: { tls: { mode: 'DISABLE' } } })]);
    expect(f.field).toBe('spec.trafficPolicy.tls.mode');
  });

  test('fails on DISABLE in portLevelSettings and in subsets, one finding each', () => {
    const found = expectFail('KW-MESH-004', [
      destinationRule({
        trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' }, portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'DISABLE' } }] },
        subsets: [
          { name: 'v1', labels: { version: 'v1' }, trafficPolicy: { tls: { mode: 'DISABLE' } } },
          { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { portLevelSettings: [{ port: { number: 81 }, tls: { mode: 'SIMPLE' } }, { port: { number: 82 }, tls: { mode: 'DISABLE' } }] } },
        ],
      }),
    ]);
    expect(found.map((f) => f.field)).toEqual([
      'spec.trafficPolicy.portLevelSettings[0].tls.mode',
      'spec.subsets[0].trafficPolicy.tls.mode',
      'spec.subsets[1].trafficPolicy.portLevelSettings[1].tls.mode',
    ]);
  });

  test('other kinds are out of scope', () => {
    expectNotApplicable('KW-MESH-004', [{ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'v', namespace: 'shop' }, spec: {} }]);
  });
});
