// The example platform on a real cluster: a three-zone TKE cluster in Guangzhou (MultiZoneCluster)
// and the four tenants of platform.ts deployed onto it (PlatformRelease), each manifest object its
// own Kubernetes resource, so `pulumi preview` and the kubeward CrossGuard pack see every one.
//
// Review it offline with `npm run plan`; deploy it with `pulumi up` (see README.md). Inside this
// repository it imports the library source; in your own project, import from 'kubeward' and
// 'kubeward/pulumi' instead.
import * as pulumi from '@pulumi/pulumi';
import { MESH_PROXY_IMAGE, buildPlatform } from './platform';
import { PlatformApp } from '../../lib';
import { MultiZoneCluster, PlatformRelease } from '../../lib/pulumi';

const config = new pulumi.Config();

/** The region of the example; the component refuses a provider configured for another one. */
const REGION = 'ap-guangzhou';

/** The cluster's name. */
const CLUSTER_NAME = 'prod';

/**
 * The velero-plugin-for-aws image Velero loads to reach COS over the S3 API, pinned by digest
 * (mirror it into your registry and pin your mirror's digest).
 */
const VELERO_AWS_PLUGIN = `ccr.ccs.tencentyun.com/platform/velero-plugin-for-aws:v1.12.0@sha256:${'5c1a'.repeat(16)}`;

// The tenants first: the cluster needs to know which namespaces ship their own stdout, and the
// manifests need nothing from the cluster but names known now. The cdk8s app is not synthesized
// to files here: PlatformRelease renders and audits it in-process.
const app = new PlatformApp();
const platform = buildPlatform(app);
const tenants = Object.values(platform.tenants);

const cluster = new MultiZoneCluster(CLUSTER_NAME, {
  region: REGION,
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  // The newest GA version TKE offers (lib/cluster/versions.ts), so no upgrade is due soon.
  kubernetesVersion: '1.34.1',
  // 8 vCPU / 16 GiB nodes: the six workloads request about 16 vCPU and 23 GiB at their minimum
  // replica counts, so three nodes (one per zone) carry them with room for sidecars and the
  // system pods, and the autoscaler adds nodes as the HPAs scale out.
  nodePools: [{ name: 'general', instanceType: 'SA5.2XLARGE16', minSize: 3, maxSize: 12 }],
  alerting: { userIds: config.getObject<number[]>('alertUserIds') ?? [] },
  // Each tenant ships its own stdout into its own CLS topic; the cluster's LogConfig leaves them out.
  tenantNamespaces: tenants.filter((t) => t.settings.logging !== undefined).map((t) => t.namespaceName),
  // What the tenants' custom resources need, installed in the same `pulumi up`: Velero from its
  // chart with the node agent (velero.io; the tenants' file-system backups need the agent, which
  // TKE's tke-backup add-on does not document, so it is off) and Istio with its CNI node agent,
  // injecting the proxy image the tenants declare. Monitoring CRDs come with the managed
  // Prometheus agent, LogConfig with the log agent. Velero's COS credentials are a stack secret:
  // `pulumi config set --secret veleroCredentials "$(cat credentials-velero)"`.
  addons: {
    velero: { version: '10.0.8', pluginImage: VELERO_AWS_PLUGIN, credentials: config.requireSecret('veleroCredentials') },
    istio: { version: '1.22.1', proxyImage: MESH_PROXY_IMAGE },
  },
});

// Every tenant object waits for what installs its API group on this cluster (PlatformRelease `cluster`).
const release = new PlatformRelease('platform', { app, provider: cluster.provider, cluster });

/** TKE cluster id. */
export const clusterId = cluster.clusterId;
/** Kubeconfig of the private API endpoint (secret): use it from inside the VPC or over a VPN. */
export const kubeconfig = cluster.kubeconfig;
/** CLS topic ids of the audit log, events, application logs and CloudAudit records. */
export const topicIds = cluster.topicIds;
/** The backup bucket (Velero writes under `velero/<clusterName>/`). */
export const backupBucket = cluster.backupBucket;
/** The tenant namespaces deployed. */
export const namespaces = tenants.map((t) => t.namespaceName);
/** How many Kubernetes objects the release deploys. */
export const releasedObjects = release.objectCount;
