// Whether Velero (or TKE's Velero-based backup add-on) acts on a platform's backups:
//  - Velero reconciles Schedules, Backups and Restores in its own namespace only (velero.io/docs/main/namespace/:
//    "The Velero installation and backups by default are run in the velero namespace"; TKE's
//    add-on runs in tke-backup, tencentcloud.com/document/product/457/55040);
//  - a backup names a BackupStorageLocation that must exist, else it fails validation
//    ("a BackupStorageLocation ... does not exist", velero.io/docs/main/api-types/backupstoragelocation/);
//  - `snapshotVolumes: true` captures volume data only through a VolumeSnapshotLocation of the
//    volumes' provider or, with CSI snapshot support, a VolumeSnapshotClass labelled
//    velero.io/csi-volumesnapshot-class (velero.io/docs/main/csi/); file-system backup
//    (defaultVolumesToFsBackup) needs the node agent. Without any, the backup "completes" with
//    the PVC objects and no data.
import { Obj, refOf } from './objects';

/** The backup controller of the cluster. */
export interface BackupController {
  /** The namespace it runs in and watches. */
  readonly namespace: string;
  /** BackupStorageLocations it has besides the manifests' (created through the cloud API). */
  readonly storageLocations: readonly string[];
  /** Whether CSI snapshots are enabled (EnableCSI feature and a labelled VolumeSnapshotClass). */
  readonly csiSnapshots?: boolean;
  /** Whether the node agent for file-system backup runs. */
  readonly nodeAgent?: boolean;
}

/** Problems with the manifests' Velero Schedules and Backups under `controller` (undefined: none installed). */
export function checkBackups(objects: readonly Obj[], controller: BackupController | undefined): Array<{ object: string; message: string }> {
  const out: Array<{ object: string; message: string }> = [];
  const backups = objects.filter((o) => (o.kind === 'Schedule' || o.kind === 'Backup') && String(o.apiVersion).startsWith('velero.io/'));
  for (const b of backups) {
    const who = refOf(b);
    if (!controller) {
      out.push({ object: who, message: 'no Velero or TKE backup add-on is installed: nothing reconciles it' });
      continue;
    }
    if (b.metadata?.namespace !== controller.namespace) {
      out.push({ object: who, message: `is in namespace ${b.metadata?.namespace}, but the backup controller watches ${controller.namespace} only` });
    }
    const spec = b.kind === 'Schedule' ? b.spec?.template ?? {} : b.spec ?? {};
    const location = spec.storageLocation ?? 'default';
    const locations = new Set([...controller.storageLocations, ...objects.filter((o) => o.kind === 'BackupStorageLocation' && o.metadata?.namespace === controller.namespace).map((o) => o.metadata.name)]);
    if (!locations.has(location)) out.push({ object: who, message: `names BackupStorageLocation ${location}, which does not exist (have: ${[...locations].join(', ') || 'none'})` });
    if (spec.snapshotVolumes === true && !spec.defaultVolumesToFsBackup) {
      const vsl = objects.some((o) => o.kind === 'VolumeSnapshotLocation' && o.metadata?.namespace === controller.namespace);
      const csiClass = objects.some((o) => o.kind === 'VolumeSnapshotClass' && o.metadata?.labels?.['velero.io/csi-volumesnapshot-class'] === 'true');
      if (!vsl && !(controller.csiSnapshots && csiClass)) out.push({ object: who, message: 'snapshotVolumes: true, but there is no VolumeSnapshotLocation and no CSI snapshot class for Velero: no volume data is captured' });
    }
    if (spec.defaultVolumesToFsBackup === true && !controller.nodeAgent) out.push({ object: who, message: 'file-system backup needs Velero\'s node agent, which is not running' });
  }
  return out;
}
