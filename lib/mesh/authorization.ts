// Istio authorization for a tenant: an allow-nothing policy (an ALLOW policy with no rules
// matches no request, so once it exists only requests some other ALLOW rule matches get in,
// KW-MESH-005), plus one ALLOW policy per admitted peer that mirrors its NetworkPolicy allow by
// mesh identity. NetworkPolicy checks addresses; this checks who the caller is.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioSecurityVersion } from './peer-authentication';
import { MeshSource } from '../network/peer';
import { ResolvedPort, istioPorts } from '../network/ports';

/** Name of the allow-nothing AuthorizationPolicy. @internal */
export const ALLOW_NOTHING_POLICY = 'allow-nothing';

/** Adds the allow-nothing AuthorizationPolicy (an empty spec). @internal */
export function addAllowNothing(scope: Construct, namespace: string, labels: Record<string, string>, version: IstioSecurityVersion): ApiObject {
  return new ApiObject(scope, ALLOW_NOTHING_POLICY, {
    apiVersion: `security.istio.io/${version}`,
    kind: 'AuthorizationPolicy',
    metadata: { name: ALLOW_NOTHING_POLICY, namespace, labels: { ...labels } },
    spec: {},
  });
}

/** Options of `addAllowFrom`. @internal */
export interface MeshAllowOptions {
  /** Object name (the same as the matching NetworkPolicy). */
  readonly name: string;
  /** The tenant's namespace. */
  readonly namespace: string;
  /** Labels. */
  readonly labels: Record<string, string>;
  /** Who may call. */
  readonly source: MeshSource;
  /** Ports the caller may reach (empty: any). */
  readonly ports: readonly ResolvedPort[];
  /** API version. */
  readonly version: IstioSecurityVersion;
}

/**
 * Adds an ALLOW AuthorizationPolicy for one source. Its single rule always has `from`, so it can
 * never be the match-everything empty rule (KW-MESH-006).
 * @internal
 */
export function addAllowFrom(scope: Construct, options: MeshAllowOptions): ApiObject {
  const source: Record<string, string[]> = {};
  if (options.source.principals && options.source.principals.length > 0) source.principals = [...options.source.principals];
  if (options.source.namespaces && options.source.namespaces.length > 0) source.namespaces = [...options.source.namespaces];
  const ports = istioPorts(options.ports);
  return new ApiObject(scope, `mesh-${options.name}`, {
    apiVersion: `security.istio.io/${options.version}`,
    kind: 'AuthorizationPolicy',
    metadata: { name: options.name, namespace: options.namespace, labels: { ...options.labels } },
    spec: {
      action: 'ALLOW',
      rules: [{
        from: [{ source }],
        ...(ports.length > 0 ? { to: [{ operation: { ports } }] } : {}),
      }],
    },
  });
}
