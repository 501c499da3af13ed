// Pulumi mocks for programs that use kubeward's Tencent Cloud resources. The Tencent Cloud provider
// cannot run in a unit test, so these stand in for it: ids look like Tencent Cloud ids, the
// resources whose outputs programs read return plausible values (kubeconfigs, endpoint addresses),
// and the APPID lookup answers. Exported so users can test their own programs with
// `pulumi.runtime.setMocks(tencentCloudMocks())`, which a remote component would not allow.
import * as pulumi from '@pulumi/pulumi';

/** Options of the Tencent Cloud mocks. */
export interface TencentCloudMockOptions {
  /**
   * The APPID the mocked `tencentcloud:User/getInfo:getInfo` returns (it ends up in the backup
   * bucket's name).
   * @default '1250000000'
   */
  readonly appId?: string;
  /**
   * Called for every resource registration, with the id the mocks assign.
   * @default - nothing is recorded
   */
  readonly onResource?: (args: pulumi.runtime.MockResourceArgs, id: string) => void;
  /**
   * Called for every invoke (data source).
   * @default - nothing is recorded
   */
  readonly onCall?: (args: pulumi.runtime.MockCallArgs) => void;
}

const ID_PREFIX: Record<string, string> = {
  'tencentcloud:Vpc/instance:Instance': 'vpc-',
  'tencentcloud:Subnet/instance:Instance': 'subnet-',
  'tencentcloud:Security/group:Group': 'sg-',
  'tencentcloud:Kubernetes/cluster:Cluster': 'cls-',
  'tencentcloud:Kubernetes/nodePool:NodePool': 'np-',
  'tencentcloud:Cls/logset:Logset': 'logset-',
  'tencentcloud:Cls/topic:Topic': 'topic-',
  'tencentcloud:Kms/key:Key': 'kms-',
  'tencentcloud:Monitor/tmpInstance:TmpInstance': 'prom-',
  'tencentcloud:Monitor/alarmNotice:AlarmNotice': 'notice-',
  'tencentcloud:Monitor/grafanaInstance:GrafanaInstance': 'grafana-',
};

/** The kubeconfig the mocks return for a cluster's private API server. */
export function mockIntranetKubeconfig(clusterId: string): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: ${clusterId}\n  cluster:\n    server: https://10.0.0.12\n`;
}

/** The kubeconfig the mocks return for a cluster's public API server. */
export function mockInternetKubeconfig(clusterId: string): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: ${clusterId}\n  cluster:\n    server: https://${clusterId}.ccs.tencent-cloud.com\n`;
}

/** The id a mocked resource gets: `cls-<name>` for a cluster, the bucket name for COS, `<name>-id` otherwise. */
function idOf(args: pulumi.runtime.MockResourceArgs): string {
  if (args.type === 'tencentcloud:Cos/bucket:Bucket') return String(args.inputs.bucket);
  const prefix = ID_PREFIX[args.type];
  return prefix ? `${prefix}${args.name}` : `${args.name}-id`;
}

/** Outputs the provider would compute, for the resources whose outputs programs read. */
function computedOutputs(type: string, id: string, inputs: Record<string, any>): Record<string, unknown> {
  switch (type) {
    case 'tencentcloud:Kubernetes/cluster:Cluster':
      return { kubeConfig: mockInternetKubeconfig(id), kubeConfigIntranet: mockIntranetKubeconfig(id), domain: `${id}.ccs.tencent-cloud.com`, userName: 'admin' };
    case 'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint':
      return {
        kubeConfigIntranet: mockIntranetKubeconfig(String(inputs.clusterId)),
        pgwEndpoint: '10.0.0.12',
        ...(inputs.clusterInternet
          ? { kubeConfig: mockInternetKubeconfig(String(inputs.clusterId)), clusterExternalEndpoint: `${inputs.clusterId}.ccs.tencent-cloud.com` }
          : {}),
      };
    case 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection':
      return { status: 'Opened' };
    case 'tencentcloud:Monitor/tmpInstance:TmpInstance':
      return { ipv4Address: '10.0.0.30', remoteWrite: 'http://10.0.0.30:9090/api/v1/prom/write' };
    case 'tencentcloud:Monitor/grafanaInstance:GrafanaInstance':
      return { instanceId: id, instanceStatus: 2, internalUrl: `http://10.0.0.40/${id}`, rootUrl: `https://${id}.grafana.tencent-cloud.com` };
    case 'tencentcloud:Kubernetes/nodePool:NodePool':
      return { autoScalingGroupId: `asg-${id}`, status: 'normal' };
    default:
      return {};
  }
}

/** Mocks for `pulumi.runtime.setMocks` that stand in for the Tencent Cloud provider. */
export function tencentCloudMocks(options: TencentCloudMockOptions = {}): pulumi.runtime.Mocks {
  const appId = options.appId ?? '1250000000';
  return {
    newResource: (args) => {
      const id = idOf(args);
      options.onResource?.(args, id);
      return { id, state: { ...args.inputs, ...computedOutputs(args.type, id, args.inputs) } };
    },
    call: (args) => {
      options.onCall?.(args);
      if (args.token === 'tencentcloud:User/getInfo:getInfo') {
        return { appId, id: 'user-info', name: '', ownerUin: '100000000001', uin: '100000000001' };
      }
      return args.inputs;
    },
  };
}
