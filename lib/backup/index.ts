// Tenant backups with Velero: the Schedule, the restore drill, and the cron/duration checks.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export type { BackupBackend, BackupVolumeData, ResolvedBackup, RestoreDrillOptions, TenantBackupOptions } from './schedule';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { assertCron } from '../core/cron';
/** @internal */
export type { CronOptions } from '../core/cron';
/** @internal */
export { assertDuration, durationSeconds } from './duration';
/** @internal */
export { addBackupSchedule, resolveBackup, restoreDrillManifest } from './schedule';
