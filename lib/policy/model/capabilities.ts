import { ContainerRef, containerSecurityContext } from './workload';

/**
 * Capabilities a container may add under the Pod Security Standards baseline profile: the
 * container runtimes' historical default set (KW-POD-010).
 */
export const BASELINE_ADDABLE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** The capability name that stands for every capability in `drop` and `add` lists. */
export const ALL_CAPABILITIES = 'ALL';

/** The capabilities of one container, as written. */
export interface ContainerCapabilities {
  /** Entries of securityContext.capabilities.add, in order (non-strings kept as text). */
  readonly add: readonly string[];
  /** Entries of securityContext.capabilities.drop, in order (non-strings kept as text). */
  readonly drop: readonly string[];
  /** Whether securityContext.capabilities.drop is a list at all. */
  readonly hasDropList: boolean;
}

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function names(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(String) : [];
}

/**
 * The add and drop lists of a container's own securityContext. Capabilities exist only per
 * container (a pod-level `capabilities` key is not a Kubernetes field and is ignored), and names
 * are kept exactly as written: catalog convention `capability_names` compares them
 * case-sensitively, so `all` or `CAP_NET_RAW` are not ALL or NET_RAW.
 */
export function capabilitiesOf(c: ContainerRef): ContainerCapabilities {
  const caps = rec(containerSecurityContext(c).capabilities);
  return { add: names(caps.add), drop: names(caps.drop), hasDropList: Array.isArray(caps.drop) };
}
