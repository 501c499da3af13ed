// Tenant backups with Velero: the Schedule, the restore drill, and the cron/duration checks.
export { assertCron } from '../core/cron';
export type { CronOptions } from '../core/cron';
export * from './duration';
export * from './schedule';
