// HardenedCronJob: scheduled batch work with the same pod hardening as services, no overlap
// between runs and bounded run time.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { availabilityRules } from './alerts';
import { buildPodTemplate, metadataOf, resolvePod } from './hardening';
import { HardenedPodProps } from './pod-props';
import { CRON_JOB_SHAPE } from './shapes';
import { checkTenantFit } from './tenant-fit';
import { HardenedWorkload, checkNameFree } from './workload';
import { intInRange, optionalBoolean } from '../core/checks';
import { assertCron, assertTimeZone } from '../core/cron';

/** Props of a HardenedCronJob. */
export interface HardenedCronJobProps extends HardenedPodProps {
  /** Five-field cron schedule (`'*\/15 * * * *'`) or a macro such as `'@daily'`. */
  readonly schedule: string;
  /**
   * IANA time zone the schedule is read in.
   * @default 'Etc/UTC' - stated explicitly, so the schedule does not depend on the controller's zone
   */
  readonly timeZone?: string;
  /**
   * Seconds after the scheduled time a missed run may still start.
   * @default 300 - a run delayed by a controller restart still happens; a run missed by hours does not pile up
   */
  readonly startingDeadlineSeconds?: number;
  /**
   * Seconds a run may take before it is stopped.
   * @default 3600 - a hung run is killed within the hour instead of blocking every later run (Forbid)
   */
  readonly activeDeadlineSeconds?: number;
  /**
   * Retries of a failed run.
   * @default 2
   */
  readonly backoffLimit?: number;
  /**
   * Whether the schedule is paused.
   * @default false
   */
  readonly suspend?: boolean;
}

const KIND = { kind: 'CronJob' as const, maxNameLength: 52, shape: CRON_JOB_SHAPE };

/**
 * A CronJob whose pods get the same hardening as HardenedDeployment (the catalog's probe, PDB and
 * HPA controls do not apply to Jobs, so none are written). Runs never overlap
 * (`concurrencyPolicy: Forbid`), have a deadline, and failures raise an alert. It has no port, so
 * it can only be a source: `job.allowTo(db)`.
 */
export class HardenedCronJob extends HardenedWorkload {
  /** The CronJob. */
  public readonly cronJob: ApiObject;
  /** The schedule. */
  public readonly schedule: string;

  constructor(scope: Construct, id: string, props: HardenedCronJobProps) {
    const pod = resolvePod(scope, id, props, KIND);
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    // The CronJob controller reads macros and "?"; surrounding white space is trimmed, not refused.
    const rawSchedule: unknown = props.schedule;
    // Spaces only: a tab or line break is refused by assertCron.
    const schedule = assertCron(path, 'schedule', typeof rawSchedule === 'string' ? rawSchedule.replace(/^ +| +$/g, '') : rawSchedule, { macros: true, questionMark: true });
    const timeZone = assertTimeZone(path, 'timeZone', props.timeZone ?? 'Etc/UTC');
    const startingDeadlineSeconds = intInRange(path, 'startingDeadlineSeconds', props.startingDeadlineSeconds, 10, 86400, 300);
    const activeDeadlineSeconds = intInRange(path, 'activeDeadlineSeconds', props.activeDeadlineSeconds, 1, 604800, 3600);
    const backoffLimit = intInRange(path, 'backoffLimit', props.backoffLimit, 0, 20, 2);
    const suspend = optionalBoolean(path, 'suspend', props.suspend, false);
    // concurrencyPolicy Forbid: one run, one pod at a time (retries follow a failed pod).
    const bookQuota = checkTenantFit(path, pod.placement.tenant, pod, { pods: 1, reason: 'one run at a time' });
    checkNameFree(scope, path, pod.placement.namespace, pod.name);
    bookQuota();
    super(scope, id, pod, { ports: [], selfTraffic: false, alertRules: availabilityRules('CronJob', pod.placement.namespace, pod.name) }, 'HardenedCronJob');
    this.schedule = schedule;

    const template = buildPodTemplate(pod, { restartPolicy: 'Never' });
    this.cronJob = new ApiObject(this, 'CronJob', {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: metadataOf(pod, pod.name),
      spec: {
        schedule: this.schedule,
        timeZone,
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds,
        suspend,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          metadata: { labels: { ...pod.labels } },
          spec: { backoffLimit, activeDeadlineSeconds, template },
        },
      },
    });
  }
}
