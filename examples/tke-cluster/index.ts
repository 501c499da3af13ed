// A production TKE cluster over three zones of Guangzhou with kubeward's defaults: private API
// endpoint, audit and event logs in CLS, Secrets encrypted with KMS, managed Prometheus alerts,
// node alarms, versioned backups and a CloudAudit track. Inside this repository it imports the
// library source; in your own project, import from the `kubeward/pulumi` entry point instead.
import * as pulumi from '@pulumi/pulumi';
import { MultiZoneCluster } from '../../lib/pulumi';

const config = new pulumi.Config();
// One region for the provider and the component: the component refuses a mismatch.
const region = new pulumi.Config('tencentcloud').get('region') ?? 'ap-guangzhou';

const cluster = new MultiZoneCluster('prod', {
  region,
  zones: config.getObject<string[]>('zones') ?? ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.34.1',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 }],
  alerting: { userIds: config.getObject<number[]>('alertUserIds') ?? [] },
});

/** TKE cluster id. */
export const clusterId = cluster.clusterId;
/** Kubeconfig of the private API endpoint (secret): reach it from inside the VPC or over VPN. */
export const kubeconfig = cluster.kubeconfig;
/** CLS topic ids of the audit log, events, application logs and CloudAudit records. */
export const topicIds = cluster.topicIds;
/** Backup storage location for TKE backup schedules. */
export const backupLocation = cluster.backupLocationName;
