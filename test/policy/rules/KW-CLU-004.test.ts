import { KubewardError } from '../../../lib/core/errors';
import { auditResources, cluster, expectCloudFail, expectCloudPass } from '../fixtures/clu';

describe('KW-CLU-004 Kubernetes version is current |', () => {
  test('passes at or above the default minimum 1.30', () => {
    expectCloudPass('KW-CLU-004', [cluster({ clusterVersion: '1.30.0' }), cluster({ clusterVersion: '1.32.2' }, 'b'), cluster({ clusterVersion: '2.0' }, 'c')]);
  });

  test('fails below the minimum, comparing minor numbers numerically', () => {
    const [f] = expectCloudFail('KW-CLU-004', [cluster({ clusterVersion: '1.28.3' })]);
    expect(f.field).toBe('clusterVersion');
    expect(f.message).toMatch(/older than the minimum 1\.30/);
    expectCloudFail('KW-CLU-004', [cluster({ clusterVersion: '1.4.0' })]);
  });

  test('fails when clusterVersion is unset or not a version', () => {
    expect(expectCloudFail('KW-CLU-004', [cluster({ clusterVersion: undefined })])[0].message).toMatch(/unset/);
    expectCloudFail('KW-CLU-004', [cluster({ clusterVersion: 'latest' })]);
  });

  test('follows the minKubernetesVersion option', () => {
    expectCloudPass('KW-CLU-004', [cluster({ clusterVersion: '1.28.3' })], { minKubernetesVersion: '1.28' });
    expectCloudFail('KW-CLU-004', [cluster({ clusterVersion: '1.30.0' })], { minKubernetesVersion: '1.31' });
  });

  test('a malformed minimum is a KubewardError naming the option', () => {
    expect(() => auditResources([cluster()], { minKubernetesVersion: 'one-thirty' })).toThrow(KubewardError);
    expect(() => auditResources([cluster()], { minKubernetesVersion: 'one-thirty' })).toThrow(/minKubernetesVersion/);
  });
});
