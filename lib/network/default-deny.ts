// Default-deny: the baseline every tenant namespace starts from (KW-NET-001, KW-NET-002). Two
// policies rather than one, so turning one direction off (with a reason) leaves the other intact
// and each object says exactly what it does.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';

/** Names of the default-deny policies. @internal */
export const DEFAULT_DENY_INGRESS = 'default-deny-ingress';
/** Name of the default-deny egress policy. @internal */
export const DEFAULT_DENY_EGRESS = 'default-deny-egress';

/** Options of `addDefaultDeny`. @internal */
export interface DefaultDenyOptions {
  /** The namespace to isolate. */
  readonly namespace: string;
  /** Labels of the policies. */
  readonly labels: Record<string, string>;
  /** Deny all ingress not allowed by another policy. */
  readonly ingress: boolean;
  /** Deny all egress not allowed by another policy. */
  readonly egress: boolean;
}

/**
 * Adds the default-deny policies: an empty podSelector selects every pod of the namespace, and a
 * policy type without rules allows nothing in that direction.
 * @internal
 */
export function addDefaultDeny(scope: Construct, options: DefaultDenyOptions): void {
  const make = (name: string, type: 'Ingress' | 'Egress') => new k8s.KubeNetworkPolicy(scope, name, {
    metadata: { name, namespace: options.namespace, labels: { ...options.labels } },
    spec: { podSelector: {}, policyTypes: [type] },
  });
  if (options.ingress) make(DEFAULT_DENY_INGRESS, 'Ingress');
  if (options.egress) make(DEFAULT_DENY_EGRESS, 'Egress');
}
