// MultiZoneCluster's managed Grafana: on by default, private to the VPC, bound to the cluster's
// TMP instance; its inputs are provider inputs (provider-subset.json); turned off only with a reason.
// eslint-disable-next-line import/order
import { registered, reset, settle, valueOf } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps } from '../../lib/cluster';
import { KubewardError } from '../../lib/core/errors';
import { checkInputs, loadSubset } from '../tencentcloud/subset';

const subset = loadSubset();

const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.30.0',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 }],
};

const GRAFANA = 'tencentcloud:Monitor/grafanaInstance:GrafanaInstance';
const ATTACH = 'tencentcloud:Monitor/tmpManageGrafanaAttachment:TmpManageGrafanaAttachment';
const TMP = 'tencentcloud:Monitor/tmpInstance:TmpInstance';

async function build(name: string, props: Partial<MultiZoneClusterProps> = {}) {
  reset();
  const cluster = new MultiZoneCluster(name, { ...BASE, ...props });
  await settle();
  return cluster;
}

function refusal(f: () => unknown): KubewardError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

describe('MultiZoneCluster grafana |', () => {
  test('by default a private Grafana is created in the cluster VPC and bound to its TMP instance', async () => {
    const cluster = await build('g1');
    const grafana = registered.filter((r) => r.type === GRAFANA);
    expect(grafana).toHaveLength(1);
    const vpc = registered.find((r) => r.type === 'tencentcloud:Vpc/instance:Instance')!;
    expect(grafana[0].inputs).toMatchObject({ instanceName: 'g1-grafana', enableInternet: false, isDestroy: false, vpcId: vpc.id });
    expect(grafana[0].inputs.grafanaInitPassword).toBeUndefined();
    const tmp = registered.find((r) => r.type === TMP)!;
    const attach = registered.filter((r) => r.type === ATTACH);
    expect(attach).toHaveLength(1);
    expect(attach[0].inputs.instanceId).toBe(tmp.id);
    // Bound to this Grafana, by its instanceId output (the mocks compute it as the provider would).
    expect(attach[0].inputs.grafanaId).toBe('grafana-g1-grafana');
    expect(await valueOf(cluster.grafanaUrl!)).toBe('http://10.0.0.40/grafana-g1-grafana');
  });

  test('its inputs are provider inputs of compatible types, with every required one set', async () => {
    await build('g2', { grafana: { instanceName: 'ops-grafana' } });
    const ours = registered.filter((x) => x.type === GRAFANA || x.type === ATTACH);
    expect(ours).toHaveLength(2);
    for (const r of ours) expect([r.name, checkInputs(subset, r.type, r.inputs)]).toEqual([r.name, []]);
    expect(registered.find((r) => r.type === GRAFANA)!.inputs.instanceName).toBe('ops-grafana');
  });

  test('turned off with a reason, nothing is created; without one it is refused', async () => {
    const cluster = await build('g3', { grafana: { enabled: false, reason: 'dashboards live in the central Grafana of team obs' } });
    expect(registered.filter((r) => r.type === GRAFANA || r.type === ATTACH)).toEqual([]);
    expect(cluster.grafanaUrl).toBeUndefined();
    expect(refusal(() => new MultiZoneCluster('g4', { ...BASE, grafana: { enabled: false, reason: 'no' } })).prop).toBe('grafana.reason');
    expect(refusal(() => new MultiZoneCluster('g5', { ...BASE, grafana: { instanceName: 'bad name!' } })).prop).toBe('grafana.instanceName');
    expect(refusal(() => new MultiZoneCluster('g6', { ...BASE, grafana: { instanceNmae: 'x' } as any })).prop).toContain('grafana.instanceNmae');
  });
});
