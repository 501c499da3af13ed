// Istio's L4 security on the receiving side of a meshed workload:
//  - PeerAuthentication (istio.io/latest/docs/reference/config/security/peer_authentication/):
//    the workload's own policy (selector) wins over its namespace's (no selector), which wins over
//    the mesh-wide one in the root namespace; UNSET inherits; nothing at all means PERMISSIVE;
//    portLevelMtls (workload policies only) overrides per port. STRICT refuses plaintext.
//  - AuthorizationPolicy (istio.io/latest/docs/concepts/security/#authorization-policies and
//    .../reference/config/security/authorization-policy/): the policies that apply are those of
//    the workload's namespace without a selector or with one matching it, plus those of the root
//    namespace without a selector (every workload of the mesh) or with a matching one. CUSTOM
//    first, then DENY: any matching rule refuses; then ALLOW: with no ALLOW policy everything is
//    allowed, else some rule must match. A policy with an empty spec `{}` is an ALLOW policy with
//    no rule: it matches nothing, so it allows nothing. Within a rule, from/to/when are ANDed, the
//    list entries ORed, the fields of one source or operation ANDed. Principals and namespaces
//    come from the peer's mTLS certificate, so plaintext matches neither (`*` means "any
//    authenticated"). For TCP traffic, a rule using HTTP-only fields (methods, paths, hosts)
//    never matches in an ALLOW policy and ignores those fields in a DENY policy.
//  - Trust domains (istio/istio pilot/pkg/security/trustdomain/bundle.go): a principal whose trust
//    domain is `cluster.local` or one of meshConfig.trustDomainAliases stands for the local trust
//    domain (and its aliases); any other trust domain must equal the peer's.
import { inCidr } from './network-policy';
import { Obj, StringMap, objectsOf } from './objects';
import { matchesSelector } from './selectors';

/** The receiving workload. */
export interface AuthzTarget {
  readonly namespace: string;
  readonly labels: StringMap;
}

/** What the receiving proxy knows about one connection. */
export interface AuthzRequest {
  /** The peer's SPIFFE identity (`td/ns/x/sa/y`), when it came with mTLS. */
  readonly principal?: string;
  /** The peer's namespace (from its certificate), when mTLS. */
  readonly sourceNamespace?: string;
  /** The peer's address, when known. */
  readonly sourceIp?: string;
  /** The destination (container) port. */
  readonly port: number;
  /** `tcp` unless the port carries HTTP (then `method` and `path` may be given). */
  readonly protocol: 'tcp' | 'http';
  readonly method?: string;
  readonly path?: string;
}

/** The mesh settings authorization depends on. */
export interface AuthzMesh {
  readonly rootNamespace: string;
  readonly trustDomain: string;
  readonly trustDomainAliases: readonly string[];
}

/** The PeerAuthentication mode for a workload's port. */
export function peerAuthenticationMode(objects: readonly Obj[], target: AuthzTarget, port: number, mesh: AuthzMesh): 'STRICT' | 'PERMISSIVE' | 'DISABLE' {
  const pas = objectsOf(objects, 'PeerAuthentication');
  const workload = pas.find((p) => p.metadata?.namespace === target.namespace && p.spec?.selector && matchesSelector(p.spec.selector, target.labels));
  const namespace = pas.find((p) => p.metadata?.namespace === target.namespace && !p.spec?.selector);
  const meshWide = pas.find((p) => p.metadata?.namespace === mesh.rootNamespace && !p.spec?.selector);
  const portLevel = workload?.spec?.portLevelMtls?.[String(port)]?.mode;
  for (const mode of [portLevel, workload?.spec?.mtls?.mode, namespace?.spec?.mtls?.mode, meshWide?.spec?.mtls?.mode]) {
    if (mode && mode !== 'UNSET') return mode;
  }
  return 'PERMISSIVE';
}

/** The AuthorizationPolicies that apply to a workload. */
export function applicablePolicies(objects: readonly Obj[], target: AuthzTarget, mesh: AuthzMesh): Obj[] {
  return objectsOf(objects, 'AuthorizationPolicy').filter((o) => {
    if (o.spec?.targetRef || o.spec?.targetRefs) return false; // waypoint/gateway attachment: not a sidecar's policy
    const ns = o.metadata?.namespace;
    const selector = o.spec?.selector;
    if (ns === mesh.rootNamespace && ns !== target.namespace) return !selector || matchesSelector(selector, target.labels);
    return ns === target.namespace && (!selector || matchesSelector(selector, target.labels));
  });
}

function stringMatch(pattern: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

/** The principals a policy principal stands for, after trust-domain aliasing. */
function expandPrincipal(pattern: string, mesh: AuthzMesh): string[] {
  const slash = pattern.indexOf('/ns/');
  if (slash < 0) return [pattern];
  const td = pattern.slice(0, slash);
  const local = [mesh.trustDomain, ...mesh.trustDomainAliases];
  if (td === 'cluster.local' || mesh.trustDomainAliases.includes(td)) return local.map((t) => `${t}${pattern.slice(slash)}`);
  return [pattern];
}

const anyOf = (patterns: unknown, value: string | undefined): boolean =>
  Array.isArray(patterns) && patterns.some((p) => stringMatch(String(p), value));

function sourceMatches(source: Obj, req: AuthzRequest, mesh: AuthzMesh): boolean {
  const principals = (list: unknown): string[] => (Array.isArray(list) ? list.flatMap((p) => expandPrincipal(String(p), mesh)) : []);
  if (source.principals && !anyOf(principals(source.principals), req.principal)) return false;
  if (source.notPrincipals && anyOf(principals(source.notPrincipals), req.principal)) return false;
  if (source.namespaces && !anyOf(source.namespaces, req.sourceNamespace)) return false;
  if (source.notNamespaces && anyOf(source.notNamespaces, req.sourceNamespace)) return false;
  const inBlocks = (blocks: string[]): boolean => req.sourceIp !== undefined && blocks.some((b) => inCidr(req.sourceIp!, b.includes('/') ? b : `${b}/32`));
  if (source.ipBlocks && !inBlocks(source.ipBlocks)) return false;
  if (source.notIpBlocks && inBlocks(source.notIpBlocks)) return false;
  if (source.remoteIpBlocks && !inBlocks(source.remoteIpBlocks)) return false;
  if (source.notRemoteIpBlocks && inBlocks(source.notRemoteIpBlocks)) return false;
  // No request carries a JWT in the model: requestPrincipals never match.
  if (source.requestPrincipals) return false;
  return true;
}

const HTTP_FIELDS = ['methods', 'notMethods', 'paths', 'notPaths', 'hosts', 'notHosts'];

function operationMatches(op: Obj, req: AuthzRequest, action: string): boolean {
  if (op.ports && !op.ports.map(String).includes(String(req.port))) return false;
  if (op.notPorts && op.notPorts.map(String).includes(String(req.port))) return false;
  const http = HTTP_FIELDS.filter((f) => op[f] !== undefined);
  if (http.length && req.protocol === 'tcp') return action === 'DENY';
  if (op.methods && !anyOf(op.methods, req.method)) return false;
  if (op.notMethods && anyOf(op.notMethods, req.method)) return false;
  if (op.paths && !anyOf(op.paths, req.path)) return false;
  if (op.notPaths && anyOf(op.notPaths, req.path)) return false;
  return true;
}

function conditionMatches(c: Obj, req: AuthzRequest): boolean {
  const value: Record<string, string | undefined> = {
    'source.namespace': req.sourceNamespace,
    'source.principal': req.principal,
    'source.ip': req.sourceIp,
    'destination.port': String(req.port),
  };
  if (!(c.key in value)) return false; // request attributes (headers, JWT claims) are not modelled
  const v = value[c.key];
  if (c.values && !anyOf(c.values, v)) return false;
  if (c.notValues && anyOf(c.notValues, v)) return false;
  return true;
}

function ruleMatches(rule: Obj, req: AuthzRequest, mesh: AuthzMesh, action: string): boolean {
  if (rule.from && !rule.from.some((f: Obj) => sourceMatches(f.source ?? {}, req, mesh))) return false;
  if (rule.to && !rule.to.some((t: Obj) => operationMatches(t.operation ?? {}, req, action))) return false;
  if (rule.when && !rule.when.every((c: Obj) => conditionMatches(c, req))) return false;
  return true;
}

/** The outcome: allowed, or refused by which policy (or by the absence of a matching ALLOW). */
export interface AuthzVerdict {
  readonly allowed: boolean;
  readonly reason: string;
}

/** Evaluates the AuthorizationPolicies applying to `target` for one connection. */
export function authorize(objects: readonly Obj[], target: AuthzTarget, req: AuthzRequest, mesh: AuthzMesh): AuthzVerdict {
  const policies = applicablePolicies(objects, target, mesh);
  const named = (p: Obj): string => `${p.metadata.namespace}/${p.metadata.name}`;
  const matching = (p: Obj): boolean => (p.spec?.rules ?? []).some((r: Obj) => ruleMatches(r, req, mesh, p.spec?.action ?? 'ALLOW'));
  const custom = policies.filter((p) => p.spec?.action === 'CUSTOM' && matching(p));
  if (custom.length) return { allowed: false, reason: `CUSTOM policy ${named(custom[0])} delegates to an external authorizer the model does not run` };
  const deny = policies.filter((p) => p.spec?.action === 'DENY' && matching(p));
  if (deny.length) return { allowed: false, reason: `DENY policy ${named(deny[0])} matches` };
  const allow = policies.filter((p) => (p.spec?.action ?? 'ALLOW') === 'ALLOW');
  if (allow.length === 0) return { allowed: true, reason: 'no ALLOW policy applies' };
  const hit = allow.find(matching);
  if (hit) return { allowed: true, reason: `ALLOW policy ${named(hit)} matches` };
  return { allowed: false, reason: `no rule of the ALLOW policies ${allow.map(named).join(', ')} matches ${req.principal ? `principal ${req.principal}` : 'a plaintext peer'} on port ${req.port}` };
}
