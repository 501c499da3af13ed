// SecureTenant: one construct onboards a team onto a shared TKE cluster. It is a cdk8s Chart, so
// each tenant synthesizes into its own file (`dist/<id>.k8s.yaml`), and every object has an
// explicit, stable name, so two synths of the same program are byte-identical.
import { createHash } from 'crypto';
import { ApiObject, Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { markTenantOwned, placeInTenant, tenantObjects } from './placement';
import { AllowEgressOptions, AllowFromOptions, SecureTenantProps } from './props';
import { addQuota } from './quota';
import { addTenantRbac } from './rbac';
import { addRoleBindingGuard } from './rbac-guard';
import { tenantsOf } from './registry';
import { ResolvedTenant, futurePath, resolveTenant } from './resolve';
import { ALLOW_EGRESS_SHAPE, ALLOW_FROM_SHAPE, RESTORE_DRILL_SHAPE } from './shapes';
import { RbacSubject, formatSubject } from './subjects';
import { ITenant, isTenant, markTenant } from './tenant-ref';
import { ResolvedBackup, RestoreDrillOptions, addBackupSchedule, restoreDrillManifest } from '../backup/schedule';
import { optionalRecord, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { NAMESPACE_NAME_LABEL } from '../core/labels';
import { isDnsLabel } from '../core/names';
import { checkShape } from '../core/props-shape';
import { addAllowFrom, addAllowNothing } from '../mesh/authorization';
import { ResolvedMesh, meshNamespaceAnnotations } from '../mesh/mode';
import { addStrictMtls } from '../mesh/peer-authentication';
import { addEgressAllow, addIngressAllow, addIntraNamespaceAllow } from '../network/allow-policies';
import { egressExcept } from '../network/cidr';
import { addDefaultDeny } from '../network/default-deny';
import { addDnsEgress } from '../network/dns-egress';
import { ITenantPeer, TenantPeer, peerSlug, sameTree, toTenantPeer } from '../network/peer';
import { ResolvedPort, resolvePorts } from '../network/ports';
import { addTenantAlerts } from '../observability/alerts';
import { addLogConfig } from '../observability/log-config';
import { validateObjects } from '../policy/model/api-validity';
import { OPT_OUTS_ANNOTATION, formatOptOuts } from '../policy/opt-outs';
import { SUPPRESS_ANNOTATION, formatSuppressions } from '../policy/suppressions';
import { addImageAdmissionPolicy } from '../supply-chain/admission-policy';
import { addSignatureVerification } from '../supply-chain/kyverno';

/** Istio cannot express a port range; rules list ports one by one, so ranges stay small. */
const MAX_MESH_PORTS = 64;

/**
 * A tenant namespace with everything a shared cluster needs around it: Pod Security `restricted`,
 * quota and container limits, default-deny networking with DNS, RBAC roles, STRICT mTLS and
 * allow-nothing authorization, Velero backups, CLS log shipping, alerts, and an admission policy
 * for digest-pinned images from the tenant's registries.
 *
 * @example
 * const app = new App();
 * const payments = new SecureTenant(app, 'payments', {
 *   quota: { cpu: '40', memory: '128Gi', pods: 300 },
 *   developers: ['group:payments-devs'],
 *   trustedRegistries: ['ccr.ccs.tencentyun.com/payments'],
 * });
 * payments.allowFrom(TenantPeer.ingressGateway(), { ports: [{ port: 8080 }] });
 * app.synth(); // dist/payments.k8s.yaml
 */
export class SecureTenant extends Chart implements ITenant {
  /** Whether `x` is a SecureTenant (works across copies of this module). */
  public static isSecureTenant(x: unknown): x is SecureTenant {
    return isTenant(x) && typeof (x as SecureTenant).allowFrom === 'function' && (x as SecureTenant).settings !== undefined;
  }

  /** The tenant's namespace. */
  public readonly namespaceName: string;
  /** The owning team (`owner` label). */
  public readonly owner: string;
  /** Registries the tenant's images must come from. */
  public readonly trustedRegistries: readonly string[];
  /** Whether the Istio mesh is on. */
  public readonly meshEnabled: boolean;
  /** The mesh the tenant's pods join (provider, proxy image and resources, trust domain); absent when the mesh is off. */
  public readonly meshMode?: ResolvedMesh;
  /** Labels of the Namespace (plus `kubernetes.io/metadata.name`, which the API server sets). */
  public readonly namespaceLabels: Record<string, string>;
  /** Labels on every object of the tenant (ownership labels and `kubeward.dev/tenant`). */
  public readonly tenantLabels: Record<string, string>;
  /** Every effective setting, defaults applied. */
  public readonly settings: ResolvedTenant;
  /** Parts turned off, with their reasons (also in the Namespace's `kubeward.dev/opt-outs`). */
  public readonly optOuts: Readonly<Record<string, string>>;
  /** The Namespace object. */
  public readonly namespaceObject: ApiObject;

  private readonly admitted = new Map<string, string>();
  private readonly policyNames = new Set<string>();
  private readonly peerTenants: ITenant[] = [];

  constructor(scope: Construct, id: string, props: SecureTenantProps) {
    // Everything is validated before the chart joins the tree.
    const path = futurePath(scope, id);
    const s = resolveTenant(path, id, props);
    const registry = tenantsOf(scope.node.root);
    const clash = registry.get(s.namespace);
    if (clash) {
      throw new KubewardError(path, 'namespace', `namespace ${s.namespace} already belongs to tenant ${clash.node.path}`, 'give each tenant its own namespace name');
    }
    // The tenant's namespace is the chart's default, so every object added to the tenant lands in
    // it (see placement.ts for cluster-scoped kinds and nested charts).
    super(scope, id, { namespace: s.namespace });
    registry.set(s.namespace, this);

    this.settings = s;
    this.namespaceName = s.namespace;
    this.owner = s.owner;
    this.trustedRegistries = s.trustedRegistries;
    this.meshEnabled = s.mesh !== undefined;
    if (s.mesh) this.meshMode = s.mesh;
    this.tenantLabels = s.labels;
    this.namespaceLabels = { ...s.namespaceLabels, [NAMESPACE_NAME_LABEL]: s.namespace };
    this.optOuts = s.optOuts;
    markTenant(this);

    const ns = s.namespace;
    const annotations: Record<string, string> = {};
    const suppressions = Object.entries(s.suppressions).map(([controlId, reason]) => ({ controlId, reason }));
    if (suppressions.length > 0) annotations[SUPPRESS_ANNOTATION] = formatSuppressions(suppressions);
    if (Object.keys(s.optOuts).length > 0) annotations[OPT_OUTS_ANNOTATION] = formatOptOuts(s.optOuts);
    // What the namespace expects of the mesh (provider, CNI agent, proxy image), for operators and audits.
    if (s.mesh) Object.assign(annotations, meshNamespaceAnnotations(s.mesh));
    this.namespaceObject = new k8s.KubeNamespace(this, 'namespace', {
      metadata: { name: ns, labels: { ...s.namespaceLabels }, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    });

    addQuota(this, ns, s.labels, s.quota);
    addDefaultDeny(this, { namespace: ns, labels: s.labels, ingress: s.defaultDenyIngress, egress: s.defaultDenyEgress });
    addDnsEgress(this, ns, s.labels, { nodeLocalDnsCache: s.nodeLocalDnsCache });
    if (s.mesh) {
      // Sidecars fetch configuration and certificates from istiod; without this, default-deny
      // egress leaves every meshed pod without a certificate, and STRICT mTLS refuses it. The peer
      // is what the mode needs: istiod's pods in the cluster, or the address of a control plane
      // hosted outside it (Tencent Cloud Mesh), which no pod selector could match.
      this.addPolicyName('allow-egress-istiod');
      addEgressAllow(this, {
        name: 'allow-egress-istiod',
        namespace: ns,
        labels: s.labels,
        peers: [s.mesh.controlPlanePeer],
        ports: s.mesh.controlPlanePorts.map((port) => ({ protocol: 'TCP' as const, port })),
      });
    }
    if (s.allowIntraTenant) {
      this.addPolicyName('allow-intra-tenant');
      addIntraNamespaceAllow(this, 'allow-intra-tenant', ns, s.labels);
    }
    addTenantRbac(this, ns, s.labels, s.subjects);
    // tenant-admin writes RoleBindings: the cluster refuses the subjects the props refuse. The
    // guard uses the tenant's admission API version (imagePolicy.admissionApiVersion).
    addRoleBindingGuard(this, { namespace: ns, labels: s.labels, apiVersion: s.imagePolicy?.admissionApiVersion ?? 'v1' });
    if (s.mesh) {
      addStrictMtls(this, ns, s.labels, s.mesh.apiVersion);
      addAllowNothing(this, ns, s.labels, s.mesh.apiVersion);
      if (s.allowIntraTenant) addAllowFrom(this, { name: 'allow-intra-tenant', namespace: ns, labels: s.labels, source: { namespaces: [ns] }, ports: [], version: s.mesh.apiVersion });
    }
    if (s.backup) addBackupSchedule(this, ns, s.labels, s.backup);
    if (s.logging) addLogConfig(this, ns, s.labels, s.logging);
    if (s.alerting) addTenantAlerts(this, ns, s.labels, s.alerting);
    if (s.imagePolicy) {
      const apiVersion = s.imagePolicy.admissionApiVersion;
      // With the mesh, the injected containers run the declared proxy image (and only they may).
      const proxy = s.mesh ? { proxy: { image: s.mesh.proxyImage } } : {};
      addImageAdmissionPolicy(this, { namespace: ns, registries: s.trustedRegistries, labels: s.labels, apiVersion, ...proxy });
      if (s.imagePolicy.signatureVerification) addSignatureVerification(this, ns, s.trustedRegistries, s.labels, s.imagePolicy.signatureVerification);
    }

    // Everything written so far is the tenant's own (Velero's Schedule included); cluster-scoped
    // parts lose the chart's default namespace now, so no audit ever sees it on them.
    for (const obj of tenantObjects(this)) {
      markTenantOwned(obj);
      placeInTenant(this.node.path, ns, obj);
    }
    this.node.addValidation({ validate: () => this.validateTree() });
  }

  /** The subjects of each role, as strings (`group:payments-devs`). */
  public get roleSubjects(): { admin: string[]; developer: string[]; viewer: string[] } {
    const f = (list: readonly RbacSubject[]) => list.map(formatSubject);
    return { admin: f(this.settings.subjects.admin), developer: f(this.settings.subjects.developer), viewer: f(this.settings.subjects.viewer) };
  }

  /** The effective backup settings, or undefined when backups are off. */
  public get backup(): ResolvedBackup | undefined {
    return this.settings.backup;
  }

  /**
   * Admits traffic from a peer into every pod of the tenant: a NetworkPolicy ingress allow and,
   * with the mesh on, an Istio ALLOW rule for the peer's identity. When the peer is another
   * SecureTenant, the matching egress allow is added to that tenant too, so the connection works
   * through both default-deny boundaries.
   *
   * @param peer another tenant, or a peer from `TenantPeer` (ingress gateway, monitoring, a namespace)
   */
  public allowFrom(peer: ITenant | ITenantPeer, options: AllowFromOptions = {}): void {
    const path = this.node.path;
    const p = toTenantPeer(path, 'allowFrom', peer);
    const o = optionalRecord(path, 'allowFrom.options', options, 'pass { ports? }') ?? {};
    checkShape(path, 'allowFrom.options', o, ALLOW_FROM_SHAPE);
    let ports = resolvePorts(path, 'allowFrom.options.ports', o.ports);
    if (p.tenant) this.checkPeerTenant(p.tenant, 'allowFrom');
    if (this.admitted.has(p.peerKey)) {
      throw new KubewardError(path, 'allowFrom', `${p.peerDescription} is already admitted (${this.admitted.get(p.peerKey)})`, 'admit each peer once, with all its ports');
    }
    // Principals carry this mesh's trust domain: the tenant's sidecars check them.
    const source = p.toIstioSource(this.settings.mesh?.trustDomain);
    let meshRule = this.meshEnabled && source !== undefined;
    if (this.meshEnabled && source === undefined) {
      if (!p.meshExemptPorts || p.meshExemptPorts.length === 0) {
        throw new KubewardError(path, 'allowFrom', `${p.peerDescription} has no mesh identity, and STRICT mTLS refuses its plaintext connections`,
          'make the peer a mesh member (sidecar or mesh gateway), or turn the tenant\'s mesh off with a reason');
      }
      if (ports.length > 0) {
        throw new KubewardError(path, 'allowFrom.options.ports', `${p.peerDescription} is outside the mesh and can only reach ports served without mTLS (${p.meshExemptPorts.map((x) => x.port).join(', ')})`,
          'omit ports; scrape application metrics through the sidecar\'s merged metrics (prometheus.io annotations)');
      }
      ports = [...p.meshExemptPorts];
      meshRule = false;
    }
    if (meshRule) this.checkMeshPorts(path, 'allowFrom.options.ports', ports);
    // Peers that differ only in what the slug drops (their pod labels, say) share a slug: the
    // second gets a suffix hashed from its key, so each distinct peer has its own policy.
    const base = `allow-from-${peerSlug(p)}`;
    const name = this.policyNames.has(base) ? `${base.slice(0, 53).replace(/-+$/, '')}-${keyHash(p.peerKey)}` : base;
    // Both ends are checked before either is written: a refusal leaves neither tenant changed.
    if (p.tenant && SecureTenant.isSecureTenant(p.tenant)) p.tenant.checkEgressFree(this, path);
    this.addPolicyName(name);
    this.admitted.set(p.peerKey, name);
    addIngressAllow(this, { name, namespace: this.namespaceName, labels: this.tenantLabels, peers: [p.toNetworkPolicyPeer()], ports });
    if (meshRule && this.settings.mesh) {
      const version = this.settings.mesh.apiVersion;
      addAllowFrom(this, { name, namespace: this.namespaceName, labels: this.tenantLabels, source: source!, ports, version });
    }
    if (p.tenant) {
      this.peerTenants.push(p.tenant);
      if (SecureTenant.isSecureTenant(p.tenant)) p.tenant.openEgressTo(this, ports);
    }
  }

  /**
   * Lets every pod of the tenant reach an address range on the given ports (a TencentDB instance,
   * a partner API). The metadata range 169.254.0.0/16 is always excluded.
   */
  public allowEgressTo(options: AllowEgressOptions): void {
    const path = this.node.path;
    const o = requireRecord(path, 'allowEgressTo', options, 'pass { name, cidr, ports }');
    checkShape(path, 'allowEgressTo', o, ALLOW_EGRESS_SHAPE);
    if (typeof o.name !== 'string' || !isDnsLabel(o.name) || o.name.length > 50) {
      throw new KubewardError(path, 'allowEgressTo.name', `${show(o.name)} is not a short RFC 1123 label`, 'name the destination, e.g. "orders-db" (at most 50 characters)');
    }
    const except = egressExcept(path, 'allowEgressTo.cidr', o.cidr);
    const ports = resolvePorts(path, 'allowEgressTo.ports', o.ports);
    if (ports.length === 0) {
      throw new KubewardError(path, 'allowEgressTo.ports', 'is empty', 'list the ports the destination serves, e.g. [{ port: 3306 }]');
    }
    if (o.name.startsWith('to-tenant-')) {
      throw new KubewardError(path, 'allowEgressTo.name', `${show(o.name)} starts with "to-tenant-", which names the egress of tenant connections (allowFrom)`, 'name the destination after what it is, e.g. "orders-db"; connect tenants with allowFrom');
    }
    const name = `allow-egress-${o.name}`;
    this.addPolicyName(name);
    addEgressAllow(this, {
      name,
      namespace: this.namespaceName,
      labels: this.tenantLabels,
      peers: [{ ipBlock: { cidr: o.cidr as string, ...(except.length > 0 ? { except } : {}) } }],
      ports,
    });
  }

  /**
   * The Velero Restore of this tenant's restore drill (a plain object to apply with kubectl or to
   * add to a separate chart): the latest backup of the tenant's Schedule, restored into a scratch
   * namespace. See the README section "Restore drill".
   */
  public restoreDrill(options: RestoreDrillOptions = {}): Record<string, unknown> {
    if (!this.settings.backup) {
      throw new KubewardError(this.node.path, 'restoreDrill', `backups are off (${this.optOuts.backup})`, 'turn backups on to have something to restore');
    }
    checkShape(this.node.path, 'restoreDrill', options, RESTORE_DRILL_SHAPE);
    return restoreDrillManifest(this.node.path, this.namespaceName, this.tenantLabels, this.settings.backup, options);
  }

  /**
   * Opens egress from this tenant to another tenant (the other side of its allowFrom).
   * @internal
   */
  public openEgressTo(target: ITenant, ports: readonly ResolvedPort[]): void {
    const name = egressNameTo(target);
    this.addPolicyName(name);
    const peers = [TenantPeer.tenant(target).toNetworkPolicyPeer()];
    addEgressAllow(this, { name, namespace: this.namespaceName, labels: this.tenantLabels, peers, ports });
  }

  /** Throws, naming the admitting tenant's call, unless openEgressTo(target) would succeed. */
  private checkEgressFree(target: ITenant, byPath: string): void {
    const name = egressNameTo(target);
    if (this.policyNames.has(name)) {
      throw new KubewardError(byPath, 'allowFrom', `tenant ${this.namespaceName} already has a policy named ${name}, so its egress to ${target.namespaceName} cannot be written`,
        `rename the allowEgressTo destination in ${this.namespaceName} (names starting "to-tenant-" are taken by tenant connections)`);
    }
  }

  private checkPeerTenant(tenant: ITenant, prop: string): void {
    const path = this.node.path;
    if (tenant === (this as ITenant) || tenant.namespaceName === this.namespaceName) {
      throw new KubewardError(path, prop, 'a tenant cannot admit itself', 'use network.allowIntraTenant for traffic inside the tenant');
    }
    if (!sameTree(this, tenant)) {
      throw new KubewardError(path, prop, `tenant ${tenant.namespaceName} (${tenant.node.path}) is not part of this app`, 'create both tenants in the same App');
    }
  }

  private checkMeshPorts(path: string, prop: string, ports: readonly ResolvedPort[]): void {
    const count = ports.reduce((n, p) => n + (p.endPort ?? p.port) - p.port + 1, 0);
    if (count > MAX_MESH_PORTS) {
      throw new KubewardError(path, prop, `${count} ports; Istio AuthorizationPolicies list ports one by one`, `admit at most ${MAX_MESH_PORTS} ports, or omit ports to admit all`);
    }
  }

  private addPolicyName(name: string): void {
    if (this.policyNames.has(name)) {
      throw new KubewardError(this.node.path, 'allow rules', `two allow rules would both be named ${name}`, 'admit each peer or destination once, with all its ports, and give destinations distinct names');
    }
    this.policyNames.add(name);
  }

  /** Whole-tree rules, checked at synth (after every construct exists). */
  private validateTree(): string[] {
    const errors: string[] = [];
    for (const obj of tenantObjects(this)) {
      const problem = placeInTenant(this.node.path, this.namespaceName, obj);
      if (problem) errors.push(problem);
    }
    const registry = tenantsOf(this.node.root);
    if (registry.get(this.namespaceName) !== this) {
      errors.push(new KubewardError(this.node.path, 'namespace', `namespace ${this.namespaceName} is claimed by another tenant`, 'give each tenant its own namespace name').message);
    }
    // Last line of defence: nothing the tenant writes may be what the API server refuses.
    for (const e of validateObjects(tenantObjects(this).map((o) => o.toJson()))) {
      errors.push(new KubewardError(this.node.path, 'objects', `${e.object}: ${e.field}: ${e.problem} (the API server would refuse it)`,
        'this is a kubeward defect unless the object is your own: report it, or fix the object you added').message);
    }
    for (const t of this.peerTenants) {
      const known = registry.get(t.namespaceName);
      if (!sameTree(this, t) || (known !== undefined && known !== t)) {
        errors.push(new KubewardError(this.node.path, 'allowFrom', `tenant ${t.namespaceName} is not a tenant of this app`, 'admit tenants created in the same App').message);
      }
    }
    return errors;
  }
}

/** The name of the egress policy a tenant connection writes in the admitted tenant. */
function egressNameTo(target: ITenant): string {
  const full = `allow-egress-to-tenant-${target.namespaceName}`;
  // Cut to a DNS label with a hash of the whole namespace, so two long namespaces sharing a
  // prefix still get two names.
  return full.length <= 63 ? full : `${full.slice(0, 54).replace(/-+$/, '')}-${keyHash(target.namespaceName)}`;
}

/** Eight hex characters of a peer key, to tell apart peers whose slugs agree. */
function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}
