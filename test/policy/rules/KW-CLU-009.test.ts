import { auditResources, cluster, expectCloudFail, expectCloudNotApplicable, expectCloudPass, tcssAccess } from '../fixtures/clu';
import { statusOf } from '../helpers';

describe('KW-CLU-009 container runtime security watches the cluster |', () => {
  test('passes with a ClusterAccess on the cluster and the defender switched on', () => {
    expectCloudPass('KW-CLU-009', [cluster(), tcssAccess('tke')]);
    expectCloudPass('KW-CLU-009', [cluster({ id: 'cls-n2h4jbtk' }), tcssAccess('cls-n2h4jbtk')]);
  });

  test('fails without a ClusterAccess, with one on another cluster, or with the defender off or unset', () => {
    expect(expectCloudFail('KW-CLU-009', [cluster()])[0].message).toMatch(/no tencentcloud:Tcss\/clusterAccess:ClusterAccess references it/);
    expectCloudFail('KW-CLU-009', [cluster(), tcssAccess('other')]);
    expect(expectCloudFail('KW-CLU-009', [cluster(), tcssAccess('tke', { switchOn: false })])[0].message).toMatch(/tke-tcss references it but leaves switchOn false/);
    expect(expectCloudFail('KW-CLU-009', [cluster(), tcssAccess('tke', {})])[0].message).toMatch(/leaves switchOn unset/);
  });

  test('relates clusters and accesses pairwise; an access alone is not a cluster', () => {
    expect(expectCloudFail('KW-CLU-009', [cluster({}, 'a'), cluster({}, 'b'), tcssAccess('a')]).map((f) => f.object.name)).toEqual(['b']);
    expectCloudNotApplicable('KW-CLU-009', [tcssAccess('tke')]);
  });

  test('suppressible with a reason', () => {
    const reason = 'the nodes run a third-party runtime sensor instead of TCSS';
    const report = auditResources([{ ...cluster(), suppressions: { 'KW-CLU-009': reason } }]);
    expect(statusOf(report, 'KW-CLU-009')).toBe('suppressed');
  });
});
