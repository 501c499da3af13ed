import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { KubewardError } from '../core/errors';
import * as tc from '../tencentcloud';
import { KUBERNETES_ALERT_RULES, nodeMetricRules } from './alert-rules';
import { CLOUDAUDIT_INDEX, KUBERNETES_AUDIT_INDEX } from './detections';
import { addGrafana, resolveGrafana } from './grafana';
import type { MultiZoneClusterProps } from './props';
import { CLUSTER_TAG, ResolvedCluster, resolveCluster } from './resolve';
import { addSecurityAlarms, addTrailIndex } from './security-alarms';
import { tkeVersionWarning } from './versions';

/** A Tencent Cloud resource the component registered, with the inputs it passed. */
export interface RegisteredChild {
  /** Pulumi type token. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** The resource. */
  readonly resource: pulumi.CustomResource;
  /** The inputs exactly as passed to the resource (they may hold Outputs). */
  readonly inputs: object;
  /** Whether its `clusterId` input is the component's cluster. */
  readonly referencesCluster: boolean;
}

/** CLS topic ids of the cluster. */
export interface ClusterTopicIds {
  /** Kubernetes API audit log (absent when `audit: false`). */
  readonly audit?: pulumi.Output<string>;
  /** Kubernetes events (absent when `eventPersistence: false`). */
  readonly events?: pulumi.Output<string>;
  /** Container stdout/stderr of workloads. */
  readonly application: pulumi.Output<string>;
  /** CloudAudit records of Tencent Cloud API calls. */
  readonly cloudAudit: pulumi.Output<string>;
}

/** Every day of the week, and the whole day, for notification windows. */
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];
const DAY_START = 0;
const DAY_END = 86399;

/** Mount point of the node data disk: the containerd root, so images never fill the system disk. */
const CONTAINERD_ROOT = '/var/lib/containerd';

/**
 * A TKE cluster spread over several zones of a region, secure by default: managed control plane
 * with audit logs, event persistence, log agent and deletion protection on; Secrets in etcd
 * encrypted with a rotating KMS key; private API endpoint only; workers without public IPs on
 * encrypted disks in node pools that span every zone; managed Prometheus with Kubernetes health
 * alerts; Cloud Monitor alarms on node CPU, memory and disk; a versioned, encrypted `tke-backup`
 * bucket with a backup storage location; a CloudAudit track; security alarms (CLS alarms over the
 * indexed audit log and CloudAudit topics, one per detection of lib/cluster/detections); and the
 * Tencent Container Security Service's defender on the nodes. Every prop is validated before
 * anything is registered. Weakening a default needs a `suppressions` entry with a reason (or, for
 * `securityAlarms` and `runtimeSecurity`, `{ enabled: false, reason }`).
 *
 * The component is in-process (no remote component), so `pulumi.runtime.setMocks` tests and
 * CrossGuard see every child resource.
 */
export class MultiZoneCluster extends pulumi.ComponentResource {
  /** Pulumi type token of the component. */
  public static readonly TYPE = 'kubeward:cluster:MultiZoneCluster';

  /** TKE cluster id (`cls-...`). */
  public readonly clusterId: pulumi.Output<string>;
  /** Kubeconfig of the API server endpoint (the private one, or the public one when opted in). Secret. */
  public readonly kubeconfig: pulumi.Output<string>;
  /** A Kubernetes provider for the cluster, for `@pulumi/kubernetes` resources and PlatformRelease. */
  public readonly provider: k8s.Provider;
  /** CLS logset holding the cluster's topics. */
  public readonly logsetId: pulumi.Output<string>;
  /** CLS topic ids. */
  public readonly topicIds: ClusterTopicIds;
  /** Name of the TKE backup storage location, for backup schedules. */
  public readonly backupLocationName: pulumi.Output<string>;
  /** Full name of the backup bucket (`tke-backup-<cluster>-<appid>`). */
  public readonly backupBucket: pulumi.Output<string>;
  /** VPC id. */
  public readonly vpcId: pulumi.Output<string>;
  /** Subnet ids, one per zone, in the order of `zones`. */
  public readonly subnetIds: pulumi.Output<string>[];
  /** Security group of the worker nodes. */
  public readonly nodeSecurityGroupId: pulumi.Output<string>;
  /** Managed Prometheus (TMP) instance id. */
  public readonly prometheusInstanceId: pulumi.Output<string>;
  /** Private URL of the managed Grafana bound to TMP (absent when `grafana` is turned off). */
  public readonly grafanaUrl?: pulumi.Output<string>;
  /** KMS key encrypting Secrets in etcd (absent when `secretsEncryption: false`). */
  public readonly secretsKeyId?: pulumi.Output<string>;
  /** The resolved plan: every prop validated, every default applied. */
  public readonly plan: ResolvedCluster;
  /** The Tencent Cloud resources registered, in order, with their inputs; see `cloudResourcesOf`. */
  public readonly children: readonly RegisteredChild[];
  /**
   * For each API group that is not built into Kubernetes, the resources that must exist before
   * objects of that group can be applied (their CRDs, and the controller that acts on them):
   * `cls.cloud.tencent.com` (the cluster's log agent), `monitoring.coreos.com` (the managed
   * Prometheus agent), `velero.io` (the tke-backup add-on), the Istio groups (the Istio releases).
   * PlatformRelease makes every object of such a group depend on them.
   */
  public readonly apiGroupInstallers: Readonly<Record<string, readonly pulumi.Resource[]>>;

  /**
   * Creates the cluster and everything around it.
   * @param name Pulumi name of the component; also the cluster name unless `clusterName` is set.
   * @param props What to build; see {@link MultiZoneClusterProps}.
   * @param opts Component resource options.
   */
  constructor(name: string, props: MultiZoneClusterProps, opts?: pulumi.ComponentResourceOptions) {
    // Validate first: bad input must be refused before anything, the component included, is registered.
    const plan = resolveCluster(name, props);
    const grafanaPlan = resolveGrafana(name, plan.clusterName, props.grafana);
    checkProviderRegion(name, plan.region, opts);
    super(MultiZoneCluster.TYPE, name, {}, opts);
    this.plan = plan;
    const children: RegisteredChild[] = [];
    this.children = children;
    const add = <T extends pulumi.CustomResource, A extends object>(
      ctor: { readonly __pulumiType: string; new (n: string, a: A, o?: pulumi.CustomResourceOptions): T },
      logicalName: string,
      args: A,
      extra: pulumi.CustomResourceOptions = {},
    ): T => {
      const resource = new ctor(logicalName, args, { ...extra, parent: this });
      children.push({ type: ctor.__pulumiType, name: logicalName, resource, inputs: args, referencesCluster: 'clusterId' in args });
      return resource;
    };
    const p = plan;
    const tags = { ...p.tags };

    // Network: one VPC, one subnet per zone.
    const vpc = add(tc.vpc.Instance, `${name}-vpc`, { name: p.clusterName, cidrBlock: p.vpcCidr, isMulticast: false, tags });
    const subnets = p.zones.map((zone, i) =>
      add(tc.subnet.Instance, `${name}-${zone}`, {
        name: `${p.clusterName}-${zone}`,
        vpcId: vpc.id,
        availabilityZone: zone,
        cidrBlock: p.subnetCidrs[i],
        isMulticast: false,
        tags,
      }),
    );

    // Node security group: traffic from inside the VPC and from pods only, all egress (nodes pull
    // images and call Tencent Cloud APIs; with no public IP they still need a NAT for the Internet).
    const nodeSg = add(tc.security.Group, `${name}-nodes`, { name: `${p.clusterName}-nodes`, description: `Worker nodes of TKE cluster ${p.clusterName}`, tags });
    const nodeRules = add(tc.security.GroupRuleSet, `${name}-nodes-rules`, {
      securityGroupId: nodeSg.id,
      ingresses: [
        { action: 'ACCEPT', protocol: 'ALL', port: 'ALL', cidrBlock: p.vpcCidr, description: 'VPC: nodes, API endpoint and the managed control plane' },
        { action: 'ACCEPT', protocol: 'ALL', port: 'ALL', cidrBlock: p.podCidr, description: 'Pods (global router keeps pod source IPs)' },
        { action: 'DROP', protocol: 'ALL', port: 'ALL', cidrBlock: '0.0.0.0/0', description: 'Everything else' },
      ],
      egresses: [{ action: 'ACCEPT', protocol: 'ALL', port: 'ALL', cidrBlock: '0.0.0.0/0', description: 'Image pulls and cloud APIs' }],
    });

    // Logs: one logset, a topic per stream, each with its retention.
    const logset = add(tc.cls.Logset, `${name}-logs`, { logsetName: p.clusterName, tags });
    const topic = (suffix: string, period: number, describes: string): tc.cls.Topic =>
      add(tc.cls.Topic, `${name}-${suffix}`, { logsetId: logset.id, topicName: `${p.clusterName}-${suffix}`, period, describes, autoSplit: true, tags });
    const auditTopic = p.audit ? topic('audit', p.retention.audit, 'Kubernetes API audit log') : undefined;
    const eventTopic = p.eventPersistence ? topic('events', p.retention.events, 'Kubernetes events') : undefined;
    const appTopic = topic('app', p.retention.application, 'Container stdout and stderr');
    const cloudAuditTopic = topic('cloudaudit', p.retention.cloudAudit, 'CloudAudit write events');
    // Security alarms search the trails, and CLS searches nothing it has not indexed. The trails
    // are created after their index, so the first records are searchable.
    const auditIndex = auditTopic && p.securityAlarms ? addTrailIndex(add, `${name}-audit-index`, auditTopic.id, KUBERNETES_AUDIT_INDEX) : undefined;
    const cloudAuditIndex = p.securityAlarms ? addTrailIndex(add, `${name}-cloudaudit-index`, cloudAuditTopic.id, CLOUDAUDIT_INDEX) : undefined;
    if (p.securityAlarms) {
      addSecurityAlarms(add, name, p, p.securityAlarms, {
        ...(auditTopic ? { 'kubernetes-audit': { logsetId: logset.id, topicId: auditTopic.id } } : {}),
        cloudaudit: { logsetId: logset.id, topicId: cloudAuditTopic.id },
      });
    }

    // The key for Secrets in etcd: rotated yearly by KMS, 30 days to cancel a deletion.
    const key = p.secretsEncryption
      ? add(tc.kms.Key, `${name}-etcd-key`, {
        alias: `${p.clusterName}-etcd-secrets`,
        description: `Encrypts Kubernetes Secrets in etcd of TKE cluster ${p.clusterName}`,
        keyUsage: 'ENCRYPT_DECRYPT',
        isEnabled: true,
        keyRotationEnabled: true,
        pendingDeleteWindowInDays: 30,
        tags,
      })
      : undefined;

    // The cluster: empty (nodes come from pools), endpoints managed by ClusterEndpoint only.
    const cluster = add(tc.kubernetes.Cluster, `${name}-cluster`, {
      clusterName: p.clusterName,
      clusterDesc: `Multi-zone TKE cluster over ${p.zones.join(', ')}`,
      clusterDeployType: 'MANAGED_CLUSTER',
      clusterVersion: p.version.version,
      upgradeInstancesFollowCluster: true,
      vpcId: vpc.id,
      networkType: 'GR',
      clusterCidr: p.podCidr,
      serviceCidr: p.serviceCidr,
      clusterMaxPodNum: p.maxPodsPerNode,
      clusterMaxServiceNum: p.maxServices,
      containerRuntime: 'containerd',
      deletionProtection: p.deletionProtection,
      clusterAudit: auditTopic
        ? { enabled: true, logSetId: logset.id, topicId: auditTopic.id, deleteAuditLogAndTopic: false }
        : { enabled: false },
      eventPersistence: eventTopic
        ? { enabled: true, logSetId: logset.id, topicId: eventTopic.id, deleteEventLogAndTopic: false }
        : { enabled: false },
      logAgent: { enabled: true },
      autoUpgradeClusterLevel: true,
      ...(p.clusterLevel ? { clusterLevel: p.clusterLevel } : {}),
      tags,
    }, auditIndex ? { dependsOn: [auditIndex] } : {});

    // Node pools over every zone, balanced, no public IPs, encrypted data disks.
    const pools = p.nodePools.map((pool) =>
      add(tc.kubernetes.NodePool, `${name}-${pool.name}`, {
        name: pool.name,
        clusterId: cluster.id,
        vpcId: vpc.id,
        subnetIds: subnets.map((s) => s.id),
        multiZoneSubnetPolicy: 'EQUALITY',
        minSize: pool.minSize,
        maxSize: pool.maxSize,
        enableAutoScale: true,
        retryPolicy: 'INCREMENTAL_INTERVALS',
        // Deleting or replacing a pool must not leave unmanaged, billed CVMs behind.
        deleteKeepInstance: false,
        labels: { ...pool.labels },
        taints: pool.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
        ...(pool.nodeOs ? { nodeOs: pool.nodeOs } : {}),
        tags,
        autoScalingConfig: {
          instanceType: pool.instanceType,
          systemDiskType: 'CLOUD_PREMIUM',
          systemDiskSize: pool.systemDiskSizeGb,
          dataDisks: [{ diskType: pool.dataDiskType, diskSize: pool.dataDiskSizeGb, encrypt: true, deleteWithInstance: true }],
          orderlySecurityGroupIds: [nodeSg.id],
          publicIpAssigned: false,
          internetMaxBandwidthOut: 0,
          enhancedSecurityService: true,
          enhancedMonitorService: true,
          ...(pool.keyIds ? { keyIds: [...pool.keyIds] } : {}),
        },
        nodeConfig: {
          dataDisks: [{ diskType: pool.dataDiskType, diskSize: pool.dataDiskSizeGb, autoFormatAndMount: true, fileSystem: 'ext4', mountTarget: CONTAINERD_ROOT }],
        },
      }, { dependsOn: [nodeRules] }),
    );

    // API server endpoints: private always; public only by opt-in, behind its own security group.
    // Upstream documents creating the endpoint after the node pools.
    let publicSgId: pulumi.Output<string> | undefined;
    if (p.publicEndpoint) {
      const publicSg = add(tc.security.Group, `${name}-api-public`, { name: `${p.clusterName}-api-public`, description: `Public API endpoint of TKE cluster ${p.clusterName}`, tags });
      add(tc.security.GroupRuleSet, `${name}-api-public-rules`, {
        securityGroupId: publicSg.id,
        ingresses: [
          ...p.publicEndpoint.sourceCidrs.map((c) => ({ action: 'ACCEPT', protocol: 'TCP', port: '443', cidrBlock: c, description: 'Allowed API clients' })),
          { action: 'DROP', protocol: 'ALL', port: 'ALL', cidrBlock: '0.0.0.0/0', description: 'Everything else' },
        ],
        egresses: [{ action: 'ACCEPT', protocol: 'ALL', port: 'ALL', cidrBlock: '0.0.0.0/0', description: 'Responses' }],
      });
      publicSgId = publicSg.id;
    }
    const endpoint = add(tc.kubernetes.ClusterEndpoint, `${name}-endpoint`, {
      clusterId: cluster.id,
      clusterIntranet: true,
      clusterIntranetSubnetId: subnets[0].id,
      clusterInternet: p.publicEndpoint !== undefined,
      ...(publicSgId ? { clusterInternetSecurityGroup: publicSgId } : {}),
    }, { dependsOn: pools });

    // Runtime security: TCSS installs its defender on the nodes (namespace tcss), so after the pools.
    if (p.runtimeSecurity) {
      add(tc.tcss.ClusterAccess, `${name}-tcss`, { clusterId: cluster.id, switchOn: true }, { dependsOn: pools });
    }

    if (key) {
      add(tc.kubernetes.EncryptionProtection, `${name}-secrets-encryption`, {
        clusterId: cluster.id,
        kmsConfiguration: { keyId: key.id, kmsRegion: p.region },
      });
    }

    // Application logs: stdout/stderr of every container outside the system namespaces.
    add(tc.kubernetes.LogConfig, `${name}-app-logs`, {
      clusterId: cluster.id,
      clusterType: 'tke',
      logConfigName: `${p.clusterName}-stdout`,
      logsetId: logset.id,
      logConfig: appTopic.id.apply((topicId) => JSON.stringify({
        apiVersion: 'cls.cloud.tencent.com/v1',
        kind: 'LogConfig',
        metadata: { name: `${p.clusterName}-stdout` },
        spec: {
          clsDetail: { topicId, logType: 'minimalist_log' },
          inputDetail: { type: 'container_stdout', containerStdout: { allContainers: true, excludeNamespace: [...SYSTEM_NAMESPACES, ...p.tenantNamespaces].join(',') } },
        },
      })),
    }, { dependsOn: pools });

    // Metrics: managed Prometheus in the first zone, its agent in the cluster, health alerts.
    const tmp = add(tc.monitor.TmpInstance, `${name}-prometheus`, {
      instanceName: `${p.clusterName}-prometheus`,
      vpcId: vpc.id,
      subnetId: subnets[0].id,
      zone: p.zones[0],
      dataRetentionTime: p.metricsRetentionDays,
      tags,
    });
    const promAgent = add(tc.monitor.TmpTkeClusterAgent, `${name}-prometheus-agent`, {
      instanceId: tmp.id,
      agents: { clusterId: cluster.id, clusterType: 'tke', region: p.region, enableExternal: false },
    }, { dependsOn: pools });

    const a = p.alerting;
    const window = { startTime: DAY_START, endTime: DAY_END, weekdays: ALL_WEEK };
    const userNotices = [
      ...(a.userIds.length > 0 ? [{ receiverType: 'USER', userIds: [...a.userIds], noticeWays: [...a.noticeWays], ...window }] : []),
      ...(a.groupIds.length > 0 ? [{ receiverType: 'GROUP', groupIds: [...a.groupIds], noticeWays: [...a.noticeWays], ...window }] : []),
    ];
    if (userNotices.length === 0 && a.webhookUrls.length === 0) {
      void pulumi.log.warn(`${name}: alerting has no recipient; alarms only show in the Cloud Monitor console. Set alerting.userIds, groupIds or webhookUrls.`, this);
    }
    const security = p.securityAlarms?.recipients;
    if (security && security.userIds.length + security.groupIds.length + security.webhooks.length === 0) {
      void pulumi.log.warn(`${name}: the security alarms reach nobody (KW-CLU-008 fails); set securityAlarms.recipients, or alerting's recipients, which they default to.`, this);
    }
    const notice = add(tc.monitor.AlarmNotice, `${name}-alarms`, {
      name: `${p.clusterName}-alarms`,
      noticeType: 'ALL',
      noticeLanguage: a.language,
      ...(userNotices.length > 0 ? { userNotices } : {}),
      ...(a.webhookUrls.length > 0 ? { urlNotices: a.webhookUrls.map((url) => ({ url, ...window })) } : {}),
    });
    add(tc.monitor.TmpAlertGroup, `${name}-health-alerts`, {
      groupName: `${p.clusterName}-health`,
      instanceId: tmp.id,
      ampReceivers: [notice.id],
      repeatInterval: '1h',
      rules: KUBERNETES_ALERT_RULES.map((r) => ({
        ruleName: r.ruleName,
        expr: r.expr,
        duration: r.duration,
        labels: { severity: r.severity, cluster: p.clusterName },
        annotations: { summary: r.summary },
        state: 2,
      })),
    });
    add(tc.monitor.AlarmPolicy, `${name}-node-alarms`, {
      policyName: `${p.clusterName}-nodes`,
      monitorType: 'MT_QCE',
      namespace: 'cvm_device',
      enable: 1,
      noticeIds: [notice.id],
      conditions: {
        isUnionRule: 0,
        rules: nodeMetricRules(a).map((r) => ({
          metricName: r.metricName,
          description: r.description,
          operator: 'gt',
          value: String(r.threshold),
          unit: '%',
          period: 60,
          continuePeriod: 5,
          noticeFrequency: 3600,
          isPowerNotice: 0,
          ruleType: 'STATIC',
        })),
      },
      // Binds every CVM carrying the cluster tag, so nodes added by the autoscaler are covered.
      policyTags: [{ key: CLUSTER_TAG, value: p.clusterName }],
    });

    // Backups: TKE requires the bucket name to start with tke-backup.
    const appId = p.backup.appId !== undefined ? pulumi.output(p.backup.appId) : tc.user.getInfoOutput({}, { parent: this }).appId;
    const r = p.backup.replication;
    const bucket = add(tc.cos.Bucket, `${name}-backup`, {
      bucket: pulumi.interpolate`tke-backup-${p.clusterName}-${appId}`,
      acl: 'private',
      versioningEnable: true,
      encryptionAlgorithm: 'AES256',
      forceClean: false,
      lifecycleRules: [{
        id: 'expire-noncurrent-versions',
        filterPrefix: '',
        nonCurrentExpiration: { nonCurrentDays: p.backup.noncurrentVersionDays },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
      }],
      ...(r ? { replicaRole: r.role, replicaRules: [{ id: 'cross-region', status: 'Enabled', destinationBucket: r.destinationBucket, prefix: '' }] } : {}),
      tags,
    });
    const location = add(tc.kubernetes.BackupStorageLocation, `${name}-backup-location`, {
      name: `${p.clusterName}-cos`,
      bucket: bucket.bucket,
      storageRegion: p.region,
      path: p.clusterName,
    });
    // TKE's backup add-on (Velero-based; Deployment tke-backup in namespace tke-backup, TKE docs
    // 457/55040) brings the velero.io CRDs and acts on the tenants' Schedules; it needs nodes and
    // the repository above. The add-on name is the one its docs use.
    const tkeBackup = p.addons.tkeBackup
      ? add(tc.kubernetes.Addon, `${name}-tke-backup`, { clusterId: cluster.id, addonName: 'tke-backup' }, { dependsOn: [location, ...pools] })
      : undefined;

    // CloudAudit: every write call to Tencent Cloud APIs, into its own topic.
    add(tc.events.AuditTrack, `${name}-cloudaudit`, {
      name: `${p.clusterName}-writes`,
      status: 1,
      filters: { resourceFields: [{ resourceType: '*', actionType: 'Write', eventNames: ['*'] }] },
      storage: { storageType: 'cls', storageName: cloudAuditTopic.id, storagePrefix: 'cloudaudit', storageRegion: p.region },
    }, cloudAuditIndex ? { dependsOn: [cloudAuditIndex] } : {});

    if (p.registry) {
      add(tc.tcr.Namespace, `${name}-registry`, {
        instanceId: p.registry.instanceId,
        name: p.registry.namespace,
        isPublic: false,
        isAutoScan: true,
        isPreventVul: true,
        severity: p.registry.severity,
        ...(p.registry.cveAllowlist.length > 0 ? { cveWhitelistItems: p.registry.cveAllowlist.map((cveId) => ({ cveId })) } : {}),
      });
    }

    // From 90 days before End of Marketing on, every run says when the version stops being offered.
    const versionWarning = tkeVersionWarning(p.version);
    if (versionWarning) void pulumi.log.warn(`${name}: ${versionWarning}`, this);

    this.clusterId = cluster.id;
    this.kubeconfig = pulumi.secret(p.publicEndpoint ? endpoint.kubeConfig : endpoint.kubeConfigIntranet);
    this.provider = new k8s.Provider(`${name}-k8s`, { kubeconfig: this.kubeconfig }, { parent: this });
    const istio = p.addons.istio ? installIstio(this, name, this.provider, p.addons.istio, pools) : [];
    const veleroStorage = { bucket: bucket.bucket, region: p.region, prefix: p.clusterName };
    const velero = p.addons.velero ? installVelero(this, name, this.provider, p.addons.velero, veleroStorage, pools) : undefined;
    this.apiGroupInstallers = {
      // Turning logAgent on installs TKE's log collection, which serves LogConfig.
      'cls.cloud.tencent.com': [cluster, ...pools],
      // TMP's agent collects through the prometheus-operator CRDs (ServiceMonitor, PodMonitor,
      // PrometheusRule; TKE docs 457/39540).
      'monitoring.coreos.com': [promAgent],
      ...(tkeBackup ? { 'velero.io': [tkeBackup] } : {}),
      ...(velero ? { 'velero.io': [velero] } : {}),
      ...Object.fromEntries(istio.length > 0 ? ISTIO_GROUPS.map((g) => [g, istio]) : []),
    };
    this.logsetId = logset.id;
    this.topicIds = {
      ...(auditTopic ? { audit: auditTopic.id } : {}),
      ...(eventTopic ? { events: eventTopic.id } : {}),
      application: appTopic.id,
      cloudAudit: cloudAuditTopic.id,
    };
    // The name input is always set above, so the output is never undefined.
    this.backupLocationName = location.name.apply((n) => n ?? `${p.clusterName}-cos`);
    this.backupBucket = bucket.bucket;
    this.vpcId = vpc.id;
    this.subnetIds = subnets.map((s) => s.id);
    this.nodeSecurityGroupId = nodeSg.id;
    this.prometheusInstanceId = tmp.id;
    // Grafana (lib/cluster/grafana.ts): the dashboards' home, with TMP as its data source.
    if (grafanaPlan) {
      const at = { vpcId: vpc.id, subnetId: subnets[0].id, prometheusInstanceId: tmp.id, tags };
      this.grafanaUrl = addGrafana(add, name, grafanaPlan, at).internalUrl;
    }
    if (key) this.secretsKeyId = key.id;

    this.registerOutputs({
      clusterId: this.clusterId,
      kubeconfig: this.kubeconfig,
      provider: this.provider,
      logsetId: this.logsetId,
      topicIds: this.topicIds,
      backupLocationName: this.backupLocationName,
      backupBucket: this.backupBucket,
      vpcId: this.vpcId,
      subnetIds: this.subnetIds,
      nodeSecurityGroupId: this.nodeSecurityGroupId,
      prometheusInstanceId: this.prometheusInstanceId,
      secretsKeyId: this.secretsKeyId,
    });
  }
}

/** The namespaces the cluster-wide stdout LogConfig never ships. */
const SYSTEM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];

/** The API groups Istio's `base` chart installs CRDs for. */
const ISTIO_GROUPS = ['security.istio.io', 'networking.istio.io', 'telemetry.istio.io', 'extensions.istio.io'];

/** Istio's Helm repository (istio.io, "Install with Helm"). */
const ISTIO_CHARTS = 'https://istio-release.storage.googleapis.com/charts';

/**
 * Istio as its Helm guides install it, with the CNI node agent so meshed pods meet Pod Security
 * `restricted` (istio.io "Install with Helm" and "Install the Istio CNI node agent"):
 * `helm install istio-base istio/base -n istio-system`, `helm install istio-cni istio/cni
 * -n istio-system`, `helm install istiod istio/istiod -n istio-system --set pilot.cni.enabled=true`,
 * `helm install istio-ingress istio/gateway -n istio-ingress`. istiod injects the declared,
 * digest-pinned proxy image (`global.proxy.image`; the injection template uses an image that
 * contains a `/` as is). Each release waits for the one before it.
 */
function installIstio(
  parent: pulumi.ComponentResource, name: string, provider: k8s.Provider,
  istio: NonNullable<ResolvedCluster['addons']['istio']>, pools: readonly pulumi.Resource[],
): pulumi.Resource[] {
  const release = (id: string, chart: string, namespace: string, values: Record<string, unknown>, after: pulumi.Resource[]) =>
    new k8s.helm.v3.Release(`${name}-${id}`, {
      name: id,
      chart,
      version: istio.version,
      namespace,
      createNamespace: true,
      repositoryOpts: { repo: ISTIO_CHARTS },
      values,
    }, { parent, provider, dependsOn: after });
  const base = release('istio-base', 'base', 'istio-system', {}, [...pools]);
  const cni = release('istio-cni', 'cni', 'istio-system', {}, [base]);
  const istiod = release('istiod', 'istiod', 'istio-system', { pilot: { cni: { enabled: true } }, global: { proxy: { image: istio.proxyImage } } }, [cni]);
  const out: pulumi.Resource[] = [base, cni, istiod];
  if (istio.ingressGateway) out.push(release('istio-ingress', 'gateway', 'istio-ingress', {}, [istiod]));
  return out;
}

/** The Helm repository of vmware-tanzu's charts (vmware-tanzu/helm-charts README). */
const VELERO_CHARTS = 'https://vmware-tanzu.github.io/helm-charts';

/**
 * Velero from its chart into namespace `velero`, as its Tencent Cloud guide configures it
 * (vmware-tanzu/velero site/content/docs/main/contributions/tencent-config.md: provider `aws`
 * through velero-plugin-for-aws, `region`, `s3ForcePathStyle: "true"`, `s3Url`
 * `https://cos.<region>.myqcloud.com`), into the cluster's backup bucket under its own prefix:
 * - `configuration.backupStorageLocation[0].name: default`, the location a tenant's
 *   `backend: 'velero'` Schedules name;
 * - `deployNodeAgent: true`: DaemonSet `node-agent` (charts/velero/templates/node-agent-daemonset.yaml),
 *   which file-system backup (`defaultVolumesToFsBackup`) needs;
 * - `snapshotsEnabled: false`: no VolumeSnapshotLocation, since Velero has no CBS snapshot plugin;
 * - `credentials.secretContents.cloud`: the credentials file, kept secret in the state.
 */
function installVelero(
  parent: pulumi.ComponentResource, name: string, provider: k8s.Provider,
  velero: NonNullable<ResolvedCluster['addons']['velero']>,
  storage: { bucket: pulumi.Input<string>; region: string; prefix: string }, pools: readonly pulumi.Resource[],
): pulumi.Resource {
  return new k8s.helm.v3.Release(`${name}-velero`, {
    name: 'velero',
    chart: 'velero',
    version: velero.version,
    namespace: 'velero',
    createNamespace: true,
    repositoryOpts: { repo: VELERO_CHARTS },
    values: {
      initContainers: [{ name: 'velero-plugin-for-aws', image: velero.pluginImage, volumeMounts: [{ mountPath: '/target', name: 'plugins' }] }],
      configuration: {
        backupStorageLocation: [{
          name: 'default',
          provider: 'aws',
          default: true,
          bucket: storage.bucket,
          prefix: `velero/${storage.prefix}`,
          config: { region: storage.region, s3ForcePathStyle: 'true', s3Url: `https://cos.${storage.region}.myqcloud.com` },
        }],
      },
      credentials: { useSecret: true, secretContents: { cloud: pulumi.secret(velero.credentials) } },
      deployNodeAgent: true,
      snapshotsEnabled: false,
    },
  }, { parent, provider, dependsOn: [...pools] });
}

/**
 * The default provider creates resources in the region of its configuration; zones and KMS
 * region come from `props.region`. When both are known and differ, the subnets would land in the
 * wrong region, so refuse. An explicit provider passed in the options is trusted as is.
 */
function checkProviderRegion(name: string, region: string, opts?: pulumi.ComponentResourceOptions): void {
  if (opts?.provider || opts?.providers) return;
  const configured = new pulumi.Config('tencentcloud').get('region') ?? process.env.TENCENTCLOUD_REGION;
  if (configured && configured !== region) {
    throw new KubewardError(name, 'region', `the tencentcloud provider is configured for ${configured}, not ${region}`,
      `set region to "${configured}", or run \`pulumi config set tencentcloud:region ${region}\``);
  }
}
