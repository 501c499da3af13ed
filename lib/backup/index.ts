// Tenant backups with Velero: the Schedule, the restore drill, and the cron/duration checks.
export * from './cron';
export * from './duration';
export * from './schedule';
