// What a Pulumi program installs into the cluster before its Kubernetes objects: the API groups a
// custom resource needs exist only once something installs their CRDs, and the objects are
// reconciled only by a running controller. Read from the resources of an offline plan (type,
// name, inputs, in registration order). What installs which group:
//  - velero.io: TKE's backup add-on `tke-backup` (a Velero build, in namespace tke-backup:
//    tencentcloud.com/document/product/457/55040), or Velero's own Helm chart (vmware-tanzu/velero,
//    in its release namespace; velero.io/docs/main/namespace/);
//  - security.istio.io, networking.istio.io, telemetry.istio.io: Istio's `base` chart
//    (istio.io/latest/docs/setup/install/helm/), or Tencent Cloud Mesh attached to the cluster;
//  - monitoring.coreos.com: prometheus-operator's CRDs (the prometheus-operator-crds or
//    kube-prometheus-stack charts), or TKE's managed Prometheus agent, which reads the
//    prometheus-operator CRDs (tencentcloud.com/document/product/457/39540);
//  - cls.cloud.tencent.com: TKE's log collection (the cluster's logAgent), which installs LogConfig;
//  - any group: a CustomResourceDefinition in the plan.
import type { BackupController } from './backup';
import { Obj } from './objects';

/** One planned resource. */
export interface PlannedResource {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
}

/** Something the plan installs that serves API groups. */
export interface Installer {
  /** Position in the plan (registration order). */
  readonly order: number;
  /** What it is, for reports. */
  readonly what: string;
  /** The API groups it brings. */
  readonly groups: readonly string[];
  /** For a controller: the namespace it runs in (Velero's, the backup add-on's). */
  readonly namespace?: string;
  /** For a backup controller: the BackupStorageLocations its install creates. */
  readonly storageLocations?: readonly string[];
  /** For a backup controller: whether its install runs the node agent that file-system backup needs. */
  readonly nodeAgent?: boolean;
}

const ISTIO_GROUPS = ['security.istio.io', 'networking.istio.io', 'telemetry.istio.io', 'extensions.istio.io'];
const HELM_CHARTS: Record<string, { groups: string[]; controller?: boolean }> = {
  'base': { groups: ISTIO_GROUPS },
  'istio-base': { groups: ISTIO_GROUPS },
  'velero': { groups: ['velero.io'], controller: true },
  'prometheus-operator-crds': { groups: ['monitoring.coreos.com'] },
  'kube-prometheus-stack': { groups: ['monitoring.coreos.com'] },
};

/** Every installer in the plan. */
export function installersOf(plan: readonly PlannedResource[]): Installer[] {
  const out: Installer[] = [];
  plan.forEach((r, order) => {
    const i = r.inputs ?? {};
    if (r.type === 'tencentcloud:Kubernetes/addonAttachment:AddonAttachment' || r.type === 'tencentcloud:Kubernetes/addon:Addon') {
      const name = i.name ?? i.addonName;
      // TKE's add-on doc (457/55040) lists Deployment and Service tke-backup and the CRDs
      // backupstoragelocation, backup and restores: no node agent DaemonSet and no
      // podvolumebackups CRD, so file-system backup is not there as far as anything documents.
      // Its locations are the Backup Center repositories of the plan, assuming the in-cluster
      // location carries the repository's name (undocumented, see lib/backup/schedule.ts).
      if (name === 'tke-backup') out.push({ order, what: `TKE add-on tke-backup (${r.name})`, groups: ['velero.io'], namespace: 'tke-backup', storageLocations: planStorageLocations(plan), nodeAgent: false });
      if (name === 'tke-log-agent') out.push({ order, what: `TKE add-on tke-log-agent (${r.name})`, groups: ['cls.cloud.tencent.com'] });
    } else if (r.type === 'kubernetes:helm.sh/v3:Release' || r.type === 'kubernetes:helm.sh/v3:Chart' || r.type === 'kubernetes:helm.sh/v4:Chart') {
      const chart = String(i.chart ?? '').split('/').pop()!;
      const known = HELM_CHARTS[chart];
      if (known) out.push({ order, what: `Helm chart ${i.chart} (${r.name})`, groups: known.groups, ...(known.controller ? { namespace: i.namespace ?? 'default', ...veleroChartInstall(i.values ?? {}) } : {}) });
    } else if (r.type === 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition') {
      if (i.spec?.group) out.push({ order, what: `CRD ${i.metadata?.name ?? r.name}`, groups: [i.spec.group] });
    } else if (r.type === 'tencentcloud:Tcm/clusterAttachment:ClusterAttachment') {
      out.push({ order, what: `Tencent Cloud Mesh attachment (${r.name})`, groups: ISTIO_GROUPS });
    } else if (r.type === 'tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent') {
      out.push({ order, what: `managed Prometheus agent (${r.name})`, groups: ['monitoring.coreos.com'] });
    } else if (r.type === 'tencentcloud:Kubernetes/cluster:Cluster' && i.logAgent?.enabled === true) {
      out.push({ order, what: `TKE log collection of cluster ${r.name}`, groups: ['cls.cloud.tencent.com'] });
    }
  });
  return out;
}

/**
 * What the velero chart's values install (vmware-tanzu/helm-charts charts/velero): one
 * BackupStorageLocation per `configuration.backupStorageLocation` entry, named `default` when the
 * entry has no name (templates/backupstoragelocation.yaml, values.yaml; `backupsEnabled`, true by
 * default, turns them all off), and the node agent DaemonSet only with `deployNodeAgent: true`
 * (templates/node-agent-daemonset.yaml; false by default).
 */
function veleroChartInstall(values: Record<string, any>): { storageLocations: string[]; nodeAgent: boolean } {
  const given = values.configuration?.backupStorageLocation;
  const entries: Array<Record<string, any>> = Array.isArray(given) ? given : given ? [given] : [];
  const storageLocations = values.backupsEnabled === false ? [] : entries.filter((e) => e.bucket).map((e) => String(e.name ?? 'default'));
  return { storageLocations, nodeAgent: values.deployNodeAgent === true };
}

/** The API group and kind of a planned Kubernetes object (`kubernetes:velero.io/v1:Schedule`). */
export function kubeTypeOf(r: PlannedResource): { group: string; kind: string } | undefined {
  const m = /^kubernetes:([^/]+)\/([^:]+):(.+)$/.exec(r.type);
  if (!m || r.type.startsWith('kubernetes:yaml:') || m[1] === 'helm.sh') return undefined;
  return { group: m[1] === 'core' ? '' : m[1], kind: m[3] };
}

/** Groups the API server serves without any installation. */
const BUILT_IN = /^(|apps|batch|autoscaling|policy|networking\.k8s\.io|rbac\.authorization\.k8s\.io|admissionregistration\.k8s\.io|apiextensions\.k8s\.io|storage\.k8s\.io|coordination\.k8s\.io|discovery\.k8s\.io|scheduling\.k8s\.io|node\.k8s\.io|certificates\.k8s\.io|events\.k8s\.io|flowcontrol\.apiserver\.k8s\.io)$/;

/** A custom resource whose group nothing installs, or that is planned before its installer. */
export interface DeliveryProblem {
  readonly object: string;
  readonly message: string;
}

/** Checks that every custom resource of the plan comes after something that installs its group. */
export function checkDelivery(plan: readonly PlannedResource[]): DeliveryProblem[] {
  const installers = installersOf(plan);
  const out: DeliveryProblem[] = [];
  plan.forEach((r, order) => {
    const t = kubeTypeOf(r);
    if (!t || BUILT_IN.test(t.group) || t.kind === 'CustomResourceDefinition') return;
    const serving = installers.filter((i) => i.groups.includes(t.group));
    if (serving.length === 0) out.push({ object: `${t.kind} ${r.name}`, message: `nothing in the plan installs ${t.group} (no CRD, Helm chart or add-on serving it)` });
    else if (!serving.some((i) => i.order < order)) out.push({ object: `${t.kind} ${r.name}`, message: `is planned before ${serving.map((i) => i.what).join(', ')}, which installs ${t.group}` });
  });
  return out;
}

/** The Velero controller the plan installs (where it runs, its locations, its node agent), if any. */
export function backupControllerOf(plan: readonly PlannedResource[]): (BackupController & { readonly what: string }) | undefined {
  const i = installersOf(plan).find((x) => x.groups.includes('velero.io') && x.namespace !== undefined);
  return i && { what: i.what, namespace: i.namespace!, storageLocations: i.storageLocations ?? [], nodeAgent: i.nodeAgent ?? false };
}

/** The BackupStorageLocations TKE's backup add-on gets from the plan (tencentcloud Kubernetes/backupStorageLocation). */
export function planStorageLocations(plan: readonly PlannedResource[]): string[] {
  return plan.filter((r) => r.type === 'tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation').map((r) => String(r.inputs?.name));
}

/** The Kubernetes objects of the plan (their inputs are the manifests). */
export function planObjects(plan: readonly PlannedResource[]): Obj[] {
  return plan.filter((r) => kubeTypeOf(r) !== undefined).map((r) => r.inputs as Obj);
}
