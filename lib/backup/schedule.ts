// A tenant's backups: a Velero Schedule that backs up the namespace (volumes included) into a
// named BackupStorageLocation, and the Restore a team applies in its restore drill. A backup that
// was never restored is a hope, not a backup; the drill restores into a scratch namespace so it
// can run against production without touching it.
//
// Two backends speak the same velero.io/v1 API, each from its own namespace, and a Velero server
// only acts on Schedules, Backups and Restores in the namespace it runs in (velero.io docs,
// "Run in a non-default namespace"):
//  - `tke-backup`, TKE's backup add-on, "based on the open-source tool Velero", runs as Deployment
//    and Service `tke-backup` in namespace `tke-backup` with the backupstoragelocation, backup and
//    restores CRDs (TKE docs 457/55040). Its locations are Backup Center repositories, created
//    through the TKE API (CreateBackupStorageLocation, TKE API 457/55012), which is what
//    MultiZoneCluster's BackupStorageLocation resource calls; the Schedule names the repository.
//    The docs found do not say how a repository appears in the cluster; kubeward assumes the
//    in-cluster BackupStorageLocation carries the repository's name (check with
//    `kubectl -n tke-backup get backupstoragelocations` on a real cluster).
//  - `velero`, installed by you (`velero install`, or its Helm chart), in namespace `velero`,
//    whose install creates the location `default`.
// Volume data: `snapshotVolumes: true` captures nothing unless a VolumeSnapshotLocation of the
// volumes' provider exists or CSI snapshots are set up (a VolumeSnapshotClass labelled
// velero.io/csi-volumesnapshot-class), and Velero has no volume-snapshot plugin for Tencent
// Cloud's CBS disks; Velero's own Tencent Cloud guide backs volumes up with file-system backup
// instead (vmware-tanzu/velero site/content/docs/main/contributions/tencent-config.md:
// `--use-restic --default-volumes-to-restic`, today `--use-node-agent` and
// `defaultVolumesToFsBackup`, site/content/docs/main/file-system-backup.md). Hence
// `volumeData`: 'fs-backup' (defaultVolumesToFsBackup, node agent required), 'csi-snapshot'
// (snapshotVolumes with CSI, a labelled VolumeSnapshotClass for CBS required) or 'none'. TKE's
// add-on docs list the CRDs backupstoragelocation, backup and restores, and no node agent or
// snapshot location, so with `tke-backup` the choice is yours to make explicitly (kubeward
// refuses to guess); with `velero` it defaults to 'fs-backup', and MultiZoneCluster's
// `addons.velero` installs the chart with its node agent, so that default really captures data
// (the cluster model checks it: test/cluster-model/backup.ts, defects.test.ts defect 6).
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { assertDuration } from './duration';
import { optionalRecord, show } from '../core/checks';
import { assertCron } from '../core/cron';
import { KubewardError } from '../core/errors';
import { isDnsLabel } from '../core/names';
import { isDnsSubdomain } from '../policy/model/names';

/** Options of a tenant's backups. */
export interface TenantBackupOptions {
  /**
   * Set to true (or omit) to keep backups on; `{ enabled: false, reason }` turns them off.
   * @default true - on unless turned off with a reason
   */
  readonly enabled?: true;
  /**
   * When backups run, as a five-field cron expression in the Velero server's time zone.
   * @default '0 2 * * *' - daily at 02:00, outside business hours in the usual TKE regions
   */
  readonly schedule?: string;
  /**
   * How long Velero keeps each backup (a Go duration).
   * @default '720h0m0s' - 30 days: long enough to notice silent data corruption
   */
  readonly ttl?: string;
  /**
   * Which Velero runs the backups: TKE's backup add-on (`'tke-backup'`, what MultiZoneCluster
   * installs; then `storageLocation` and `volumeData` are required) or a Velero you installed.
   * @default 'velero' - every default of a self-installed Velero (namespace `velero`, location
   * `default`, file-system backup) is documented upstream; the add-on's location names and volume
   * handling are not, so choosing it means stating them
   */
  readonly backend?: BackupBackend;
  /**
   * The BackupStorageLocation to write to. For `tke-backup` it is required: the name of a Backup
   * Center repository (a MultiZoneCluster creates `<clusterName>-cos`, its `backupLocationName`).
   * @default 'default' with `velero` - the location `velero install` creates; none with `tke-backup`
   */
  readonly storageLocation?: string;
  /**
   * How volume data is captured: `'fs-backup'` (Velero file-system backup through its node agent,
   * every pod volume), `'csi-snapshot'` (CSI snapshots, needs a VolumeSnapshotClass labelled
   * `velero.io/csi-volumesnapshot-class: "true"` for the CBS driver), or `'none'` (resources only).
   * @default 'fs-backup' with `velero` - what Velero's Tencent Cloud guide uses; none with
   * `tke-backup`, whose docs document neither, so you choose
   */
  readonly volumeData?: BackupVolumeData;
  /**
   * The namespace the backup server runs in (its Schedules, Backups and Restores live there).
   * @default 'tke-backup' or 'velero' - where the backend runs (TKE docs 457/55040; Velero's install default)
   */
  readonly veleroNamespace?: string;
}

/** The Velero that runs a tenant's backups. */
export type BackupBackend = 'tke-backup' | 'velero';

/** How a backup captures volume data. */
export type BackupVolumeData = 'fs-backup' | 'csi-snapshot' | 'none';

/** Where each backend runs, and its default location. */
interface BackendDefaults {
  readonly namespace: string;
  readonly location?: string;
  readonly volumeData?: BackupVolumeData;
}
const BACKENDS: Readonly<Record<BackupBackend, BackendDefaults>> = {
  'tke-backup': { namespace: 'tke-backup' },
  'velero': { namespace: 'velero', location: 'default', volumeData: 'fs-backup' },
};
const VOLUME_DATA: readonly BackupVolumeData[] = ['fs-backup', 'csi-snapshot', 'none'];

/** Backup settings with every default applied. */
export interface ResolvedBackup {
  /** Cron schedule. */
  readonly schedule: string;
  /** TTL. */
  readonly ttl: string;
  /** The backend. */
  readonly backend: BackupBackend;
  /** BackupStorageLocation name. */
  readonly storageLocation: string;
  /** How volume data is captured. */
  readonly volumeData: BackupVolumeData;
  /** Velero's namespace. */
  readonly veleroNamespace: string;
  /** Name of the Schedule object. */
  readonly scheduleName: string;
}

/** Options of a restore drill. */
export interface RestoreDrillOptions {
  /**
   * Namespace the backup is restored into.
   * @default '<tenant namespace>-restore-drill' - a scratch namespace, so the drill never overwrites production
   */
  readonly targetNamespace?: string;
  /**
   * Name of the Restore object (Velero refuses a second Restore with the same name).
   * @default '<tenant namespace>-restore-drill'
   */
  readonly name?: string;
}

/** Validates backup options and applies the defaults. @internal */
export function resolveBackup(path: string, namespace: string, value: unknown): ResolvedBackup {
  const o = optionalRecord(path, 'backup', value, 'pass { backend?, schedule?, ttl?, storageLocation?, volumeData?, veleroNamespace? } or { enabled: false, reason }') ?? {};
  if (o.enabled !== undefined && o.enabled !== true) {
    throw new KubewardError(path, 'backup.enabled', `${show(o.enabled)} is not true`, 'omit enabled, or turn backups off with { enabled: false, reason: "why" }');
  }
  const backend = o.backend ?? 'velero';
  if (backend !== 'tke-backup' && backend !== 'velero') {
    throw new KubewardError(path, 'backup.backend', `${show(backend)} is not a backup backend`, 'use "tke-backup" (TKE\'s backup add-on) or "velero" (a Velero you installed)');
  }
  const be = BACKENDS[backend as BackupBackend];
  if (o.snapshotVolumes !== undefined) {
    throw new KubewardError(path, 'backup.snapshotVolumes', 'is replaced by volumeData: snapshotVolumes captures no data without a VolumeSnapshotLocation or CSI snapshots, and Velero has none for CBS disks',
      'write volumeData: "fs-backup" (file-system backup through the node agent), "csi-snapshot" or "none"');
  }
  if (o.storageLocation === undefined && be.location === undefined) {
    throw new KubewardError(path, 'backup.storageLocation', `is required with backend ${backend}: its locations are Backup Center repositories, and none is called "default"`,
      'pass the repository name, e.g. MultiZoneCluster\'s backupLocationName ("<clusterName>-cos")');
  }
  const storageLocation = o.storageLocation ?? be.location;
  if (!isDnsSubdomain(storageLocation)) {
    throw new KubewardError(path, 'backup.storageLocation', `${show(storageLocation)} is not a BackupStorageLocation name`, 'use the name of an existing location, e.g. "default" or "<clusterName>-cos"');
  }
  const veleroNamespace = o.veleroNamespace ?? be.namespace;
  if (typeof veleroNamespace !== 'string' || !isDnsLabel(veleroNamespace)) {
    throw new KubewardError(path, 'backup.veleroNamespace', `${show(veleroNamespace)} is not a namespace name`, 'use the namespace Velero is installed in, e.g. "velero"');
  }
  const ttl = (o.ttl ?? '720h0m0s') as string;
  // Under an hour, a backup could expire before the next one exists.
  assertDuration(path, 'backup.ttl', ttl, 3600, '720h0m0s');
  const volumeData = o.volumeData ?? be.volumeData;
  if (volumeData === undefined) {
    throw new KubewardError(path, 'backup.volumeData', `is required with backend ${backend}: TKE's backup add-on documents neither file-system backup nor volume snapshots, so kubeward does not guess`,
      'write volumeData: "fs-backup" (Velero\'s node agent must run in tke-backup), "csi-snapshot" (a VolumeSnapshotClass labelled velero.io/csi-volumesnapshot-class for the CBS driver) or "none" (no volume to keep)');
  }
  if (!VOLUME_DATA.includes(volumeData as BackupVolumeData)) {
    throw new KubewardError(path, 'backup.volumeData', `${show(volumeData)} is not a way to capture volume data`, `use one of ${VOLUME_DATA.map((v) => `"${v}"`).join(', ')}`);
  }
  return {
    backend: backend as BackupBackend,
    schedule: assertCron(path, 'backup.schedule', o.schedule ?? '0 2 * * *'),
    ttl,
    storageLocation,
    volumeData: volumeData as BackupVolumeData,
    veleroNamespace,
    // An object name may be 253 long; Velero itself shortens the schedule name where it becomes a
    // label value (velero.io/schedule-name on each Backup, pkg/label/label.go GetValidName: 57
    // characters and a 6-character hash), so no truncation here (which once cut a 62-character
    // namespace's name down to "<ns>-").
    scheduleName: `${namespace}-daily`,
  };
}

/** Adds the Velero Schedule backing up `namespace`. @internal */
export function addBackupSchedule(scope: Construct, namespace: string, labels: Record<string, string>, backup: ResolvedBackup): ApiObject {
  return new ApiObject(scope, 'backup-schedule', {
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: { name: backup.scheduleName, namespace: backup.veleroNamespace, labels: { ...labels } },
    spec: {
      schedule: backup.schedule,
      // Keep backups when the Schedule is deleted: removing a tenant's manifests must not erase its history.
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: [namespace],
        storageLocation: backup.storageLocation,
        // Exactly one way to capture volume data, or explicitly none (see the header).
        snapshotVolumes: backup.volumeData === 'csi-snapshot',
        defaultVolumesToFsBackup: backup.volumeData === 'fs-backup',
        ttl: backup.ttl,
      },
    },
  });
}

/**
 * The Velero Restore of a restore drill: the latest backup of the tenant's schedule, restored into
 * a scratch namespace (`namespaceMapping`), volumes included. Apply it, check the workloads come
 * up and the data is there, then delete the scratch namespace.
 * @internal
 */
export function restoreDrillManifest(
  path: string, namespace: string, labels: Record<string, string>, backup: ResolvedBackup, options: RestoreDrillOptions = {},
): Record<string, unknown> {
  const o = optionalRecord(path, 'restoreDrill', options, 'pass { targetNamespace?, name? }') ?? {};
  // The scratch namespace is a DNS label (63 at most) and must differ from the tenant's.
  const fallback = namespace.length <= 63 - '-restore-drill'.length ? `${namespace}-restore-drill` : `${namespace.slice(0, 63 - '-drill'.length).replace(/-+$/, '')}-drill`;
  const target = o.targetNamespace ?? fallback;
  if (typeof target !== 'string' || !isDnsLabel(target) || target === namespace) {
    throw new KubewardError(path, 'restoreDrill.targetNamespace', `${show(target)} is not a scratch namespace name`,
      `use an RFC 1123 label other than ${namespace}, so the drill never overwrites the tenant`);
  }
  const name = o.name ?? fallback;
  if (!isDnsSubdomain(name)) {
    throw new KubewardError(path, 'restoreDrill.name', `${show(name)} is not an object name`, 'use lowercase letters, digits, "-" and "."');
  }
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name, namespace: backup.veleroNamespace, labels: { ...labels } },
    spec: {
      scheduleName: backup.scheduleName,
      includedNamespaces: [namespace],
      namespaceMapping: { [namespace]: target },
      // Snapshot data comes back with restorePVs; file-system backups are restored with their pods.
      restorePVs: backup.volumeData === 'csi-snapshot',
      // Never overwrite anything that already exists in the target.
      existingResourcePolicy: 'none',
    },
  };
}
