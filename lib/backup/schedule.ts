// A tenant's backups: a Velero Schedule that backs up the namespace (volumes included) into a
// named BackupStorageLocation, and the Restore a team applies in its restore drill. A backup that
// was never restored is a hope, not a backup; the drill restores into a scratch namespace so it
// can run against production without touching it.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { assertDuration } from './duration';
import { optionalBoolean, optionalRecord, show } from '../core/checks';
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
   * The Velero BackupStorageLocation to write to.
   * @default 'default' - the location `velero install` (and TKE's backup add-on) creates; a
   * MultiZoneCluster registers its COS location as `<clusterName>-cos`, pass that name to use it
   */
  readonly storageLocation?: string;
  /**
   * Whether persistent volumes are snapshotted with the backup.
   * @default true - a backup without its volumes cannot restore stateful workloads
   */
  readonly snapshotVolumes?: boolean;
  /**
   * The namespace Velero runs in (its Schedules, Backups and Restores live there).
   * @default 'velero' - Velero's install default
   */
  readonly veleroNamespace?: string;
}

/** Backup settings with every default applied. */
export interface ResolvedBackup {
  /** Cron schedule. */
  readonly schedule: string;
  /** TTL. */
  readonly ttl: string;
  /** BackupStorageLocation name. */
  readonly storageLocation: string;
  /** Snapshot volumes. */
  readonly snapshotVolumes: boolean;
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
  const o = optionalRecord(path, 'backup', value, 'pass { schedule?, ttl?, storageLocation?, snapshotVolumes?, veleroNamespace? } or { enabled: false, reason }') ?? {};
  if (o.enabled !== undefined && o.enabled !== true) {
    throw new KubewardError(path, 'backup.enabled', `${show(o.enabled)} is not true`, 'omit enabled, or turn backups off with { enabled: false, reason: "why" }');
  }
  const storageLocation = o.storageLocation ?? 'default';
  if (!isDnsSubdomain(storageLocation)) {
    throw new KubewardError(path, 'backup.storageLocation', `${show(storageLocation)} is not a BackupStorageLocation name`, 'use the name of an existing location, e.g. "default" or "<clusterName>-cos"');
  }
  const veleroNamespace = o.veleroNamespace ?? 'velero';
  if (typeof veleroNamespace !== 'string' || !isDnsLabel(veleroNamespace)) {
    throw new KubewardError(path, 'backup.veleroNamespace', `${show(veleroNamespace)} is not a namespace name`, 'use the namespace Velero is installed in, e.g. "velero"');
  }
  const ttl = (o.ttl ?? '720h0m0s') as string;
  // Under an hour, a backup could expire before the next one exists.
  assertDuration(path, 'backup.ttl', ttl, 3600, '720h0m0s');
  return {
    schedule: assertCron(path, 'backup.schedule', o.schedule ?? '0 2 * * *'),
    ttl,
    storageLocation,
    snapshotVolumes: optionalBoolean(path, 'backup.snapshotVolumes', o.snapshotVolumes, true),
    veleroNamespace,
    scheduleName: `${namespace}-daily`.length <= 63 ? `${namespace}-daily` : `${namespace}-backup`.slice(0, 63),
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
        snapshotVolumes: backup.snapshotVolumes,
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
  const fallback = `${namespace}-restore-drill`.slice(0, 63).replace(/-+$/, '');
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
      restorePVs: backup.snapshotVolumes,
      // Never overwrite anything that already exists in the target.
      existingResourcePolicy: 'none',
    },
  };
}
