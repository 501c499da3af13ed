// Ships the tenant's container stdout to Tencent Cloud Log Service (CLS) through TKE's log agent,
// configured by a LogConfig custom resource (cls.cloud.tencent.com/v1; cluster-scoped, so the
// namespace is chosen inside the spec). Logs outside the cluster survive a deleted pod, a deleted
// namespace and a compromised node.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { intInRange, optionalRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';

/** Options of a tenant's log shipping. */
export interface TenantLoggingOptions {
  /**
   * Set to true (or omit) to keep logging on; `{ enabled: false, reason }` turns it off.
   * @default true - on unless turned off with a reason
   */
  readonly enabled?: true;
  /**
   * An existing CLS topic (its id, a UUID) to ship into.
   * @default - the agent creates (or reuses) the topic `<namespace>-stdout` in logset `logsetName`
   */
  readonly topicId?: string;
  /**
   * The logset the agent creates the topic in when no topicId is given.
   * @default 'kubeward-tenants' - one logset for all tenants of the cluster, one topic each
   */
  readonly logsetName?: string;
  /**
   * Retention in days of an auto-created topic (ignored with topicId: the topic's own setting wins).
   * @default 30 - a month of history for incident reviews; raise it for regulated workloads
   */
  readonly retentionDays?: number;
}

/** Logging settings with every default applied. */
export interface ResolvedLogging {
  /** Existing topic id. */
  readonly topicId?: string;
  /** Logset name (auto-created topic). */
  readonly logsetName: string;
  /** Topic name (auto-created topic). */
  readonly topicName: string;
  /** Retention (auto-created topic). */
  readonly retentionDays: number;
  /** Name of the LogConfig object. */
  readonly name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// CLS names: letters, digits, "_" and "-", up to 255 characters.
const CLS_NAME = /^[A-Za-z0-9_-]{1,255}$/;

/** Validates logging options and applies the defaults. @internal */
export function resolveLogging(path: string, namespace: string, value: unknown): ResolvedLogging {
  const o = optionalRecord(path, 'logging', value, 'pass { topicId?, logsetName?, retentionDays? } or { enabled: false, reason }') ?? {};
  if (o.enabled !== undefined && o.enabled !== true) {
    throw new KubewardError(path, 'logging.enabled', `${show(o.enabled)} is not true`, 'omit enabled, or turn logging off with { enabled: false, reason: "why" }');
  }
  if (o.topicId !== undefined && (typeof o.topicId !== 'string' || !UUID.test(o.topicId))) {
    throw new KubewardError(path, 'logging.topicId', `${show(o.topicId)} is not a CLS topic id`, 'copy the topic id (a lowercase UUID) from the CLS console, or omit it to let the agent create the topic');
  }
  const logsetName = o.logsetName ?? 'kubeward-tenants';
  if (typeof logsetName !== 'string' || !CLS_NAME.test(logsetName)) {
    throw new KubewardError(path, 'logging.logsetName', `${show(logsetName)} is not a CLS logset name`, 'use letters, digits, "_" or "-"');
  }
  return {
    ...(o.topicId !== undefined ? { topicId: o.topicId as string } : {}),
    logsetName,
    topicName: `${namespace}-stdout`,
    retentionDays: intInRange(path, 'logging.retentionDays', o.retentionDays, 1, 3600, 30),
    name: `${namespace}-stdout`,
  };
}

/** Adds the LogConfig shipping every container's stdout/stderr of `namespace`. @internal */
export function addLogConfig(scope: Construct, namespace: string, labels: Record<string, string>, logging: ResolvedLogging): ApiObject {
  const clsDetail = logging.topicId !== undefined
    ? { topicId: logging.topicId, logType: 'minimalist_log' }
    : { logsetName: logging.logsetName, topicName: logging.topicName, logType: 'minimalist_log', period: logging.retentionDays };
  return new ApiObject(scope, 'log-config', {
    apiVersion: 'cls.cloud.tencent.com/v1',
    kind: 'LogConfig',
    metadata: { name: logging.name, labels: { ...labels } },
    spec: {
      inputDetail: {
        type: 'container_stdout',
        containerStdout: {
          namespace,
          allContainers: true,
          // Enough context to find the pod behind a log line after it is gone.
          metadataContainer: ['namespace', 'pod_name', 'pod_uid', 'container_name', 'image_name'],
        },
      },
      clsDetail,
    },
  });
}
