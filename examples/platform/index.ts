// The example platform on a real cluster: a three-zone TKE cluster in Guangzhou (MultiZoneCluster)
// and the four tenants of platform.ts deployed onto it (PlatformRelease), each manifest object its
// own Kubernetes resource, so `pulumi preview` and the kubeward CrossGuard pack see every one.
//
// Review it offline with `npm run plan`; deploy it with `pulumi up` (see README.md). Inside this
// repository it imports the library source; in your own project, import from 'kubeward' and
// 'kubeward/pulumi' instead.
import * as pulumi from '@pulumi/pulumi';
import { buildPlatform } from './platform';
import { PlatformApp } from '../../lib';
import { MultiZoneCluster, PlatformRelease } from '../../lib/pulumi';

const config = new pulumi.Config();

/** The region of the example; the component refuses a provider configured for another one. */
const REGION = 'ap-guangzhou';

const cluster = new MultiZoneCluster('prod', {
  region: REGION,
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  // The newest GA version TKE offers (lib/cluster/versions.ts), so no upgrade is due soon.
  kubernetesVersion: '1.34.1',
  // 8 vCPU / 16 GiB nodes: the six workloads request about 16 vCPU and 23 GiB at their minimum
  // replica counts, so three nodes (one per zone) carry them with room for sidecars and the
  // system pods, and the autoscaler adds nodes as the HPAs scale out.
  nodePools: [{ name: 'general', instanceType: 'SA5.2XLARGE16', minSize: 3, maxSize: 12 }],
  alerting: { userIds: config.getObject<number[]>('alertUserIds') ?? [] },
});

// The cdk8s app is not synthesized to files here: PlatformRelease renders and audits it in-process.
// Tenant backups go to the storage location the cluster creates (a plain string, known before
// any resource exists, because the manifests are rendered before the release registers them).
const app = new PlatformApp();
const platform = buildPlatform(app, { backupStorageLocation: `${cluster.plan.clusterName}-cos` });
const release = new PlatformRelease('platform', { app, provider: cluster.provider });

/** TKE cluster id. */
export const clusterId = cluster.clusterId;
/** Kubeconfig of the private API endpoint (secret): use it from inside the VPC or over a VPN. */
export const kubeconfig = cluster.kubeconfig;
/** CLS topic ids of the audit log, events, application logs and CloudAudit records. */
export const topicIds = cluster.topicIds;
/** Backup storage location for TKE backup schedules. */
export const backupLocation = cluster.backupLocationName;
/** The tenant namespaces deployed. */
export const namespaces = Object.values(platform.tenants).map((t) => t.namespaceName);
/** How many Kubernetes objects the release deploys. */
export const releasedObjects = release.objectCount;
