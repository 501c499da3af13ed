// Pulumi mocks for MultiZoneCluster tests: every registration is recorded, ids look like Tencent
// Cloud ids, and the resources that compute outputs return plausible ones (kubeconfigs, the
// endpoint's addresses). Import this module before the code under test.
import * as pulumi from '@pulumi/pulumi';

/** One registration seen by the mocks, in order. */
export interface Registered {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
  readonly id: string;
  readonly order: number;
}

/** Every registration since the last reset. */
export const registered: Registered[] = [];
/** Every invoke since the last reset. */
export const calls: Array<{ token: string; inputs: any }> = [];

/** The APPID the mocked `user.getInfo` returns. */
export const MOCK_APP_ID = '1250000000';

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
};

/** The kubeconfig the mocked endpoint returns for the private API server. */
export function intranetKubeconfig(clusterId: string): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: ${clusterId}\n  cluster:\n    server: https://10.0.0.12\n`;
}

/** The kubeconfig the mocked endpoint returns for the public API server. */
export function internetKubeconfig(clusterId: string): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: ${clusterId}\n  cluster:\n    server: https://${clusterId}.ccs.tencent-cloud.com\n`;
}

function outputsOf(type: string, id: string, inputs: Record<string, any>): Record<string, unknown> {
  switch (type) {
    case 'tencentcloud:Kubernetes/cluster:Cluster':
      return { kubeConfig: internetKubeconfig(id), kubeConfigIntranet: intranetKubeconfig(id), domain: `${id}.ccs.tencent-cloud.com`, userName: 'admin' };
    case 'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint':
      return {
        kubeConfigIntranet: intranetKubeconfig(inputs.clusterId),
        pgwEndpoint: '10.0.0.12',
        ...(inputs.clusterInternet ? { kubeConfig: internetKubeconfig(inputs.clusterId), clusterExternalEndpoint: `${inputs.clusterId}.ccs.tencent-cloud.com` } : {}),
      };
    case 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection':
      return { status: 'Opened' };
    case 'tencentcloud:Monitor/tmpInstance:TmpInstance':
      return { ipv4Address: '10.0.0.30', remoteWrite: 'http://10.0.0.30:9090/api/v1/prom/write' };
    case 'tencentcloud:Kubernetes/nodePool:NodePool':
      return { autoScalingGroupId: `asg-${id}`, status: 'normal' };
    default:
      return {};
  }
}

void pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      const prefix = ID_PREFIX[args.type];
      const id = args.type === 'tencentcloud:Cos/bucket:Bucket' ? args.inputs.bucket : prefix ? `${prefix}${args.name}` : `${args.name}-id`;
      registered.push({ type: args.type, name: args.name, inputs: args.inputs, id, order: registered.length });
      return { id, state: { ...args.inputs, ...outputsOf(args.type, id, args.inputs) } };
    },
    call: (args) => {
      calls.push({ token: args.token, inputs: args.inputs });
      if (args.token === 'tencentcloud:User/getInfo:getInfo') {
        return { appId: MOCK_APP_ID, id: 'user-info', name: '', ownerUin: '100000000001', uin: '100000000001' };
      }
      return args.inputs;
    },
  },
  'kubeward',
  'test',
  false,
);

/** Lets pending registrations finish. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200));
}

/** The value of an Output (known under mocks). */
export function valueOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => {
    resolve(v);
    return v;
  }));
}

/** Clears the recordings. */
export function reset(): void {
  registered.length = 0;
  calls.length = 0;
}
