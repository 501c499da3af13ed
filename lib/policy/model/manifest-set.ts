import type { CloudResource } from '../types';
import { KubeObject } from './object';

/**
 * The objects that cross-object controls may relate to each other (catalog convention
 * `namespace_resolution`: only objects of the same manifest set are considered). Indexes are
 * built lazily and once, so rules that look up "the NetworkPolicies of this namespace" stay
 * linear in the size of the set.
 * @internal
 */
export class ManifestSet {
  /** Every Kubernetes object of the set, in input order. */
  public readonly objects: readonly KubeObject[];
  /** Every cloud resource of the set (Pulumi inputs). */
  public readonly resources: readonly CloudResource[];
  private byGkIndex?: Map<string, KubeObject[]>;
  private byGkNsIndex?: Map<string, Map<string, KubeObject[]>>;
  private groups?: Set<string>;
  private readonly memos = new Map<string, unknown>();

  constructor(objects: readonly KubeObject[], resources: readonly CloudResource[] = []) {
    this.objects = objects;
    this.resources = resources;
  }

  /** Every object of a group-qualified kind (`apps/Deployment`, `Namespace`). */
  public ofKind(gk: string): readonly KubeObject[] {
    if (!this.byGkIndex) {
      this.byGkIndex = new Map();
      for (const o of this.objects) {
        let list = this.byGkIndex.get(o.gk);
        if (!list) this.byGkIndex.set(o.gk, (list = []));
        list.push(o);
      }
    }
    return this.byGkIndex.get(gk) ?? [];
  }

  /** Every object of a group-qualified kind in one (effective) namespace. */
  public inNamespace(gk: string, namespace: string): readonly KubeObject[] {
    if (!this.byGkNsIndex) {
      this.byGkNsIndex = new Map();
      for (const o of this.objects) {
        if (o.effectiveNamespace === undefined) continue;
        let byNs = this.byGkNsIndex.get(o.gk);
        if (!byNs) this.byGkNsIndex.set(o.gk, (byNs = new Map()));
        let list = byNs.get(o.effectiveNamespace);
        if (!list) byNs.set(o.effectiveNamespace, (list = []));
        list.push(o);
      }
    }
    return this.byGkNsIndex.get(gk)?.get(namespace) ?? [];
  }

  /** Whether any object of the set belongs to an API group (e.g. `security.istio.io`). */
  public hasGroup(group: string): boolean {
    if (!this.groups) this.groups = new Set(this.objects.map((o) => o.group));
    return this.groups.has(group);
  }

  /** Every cloud resource with a Pulumi type token. */
  public resourcesOfType(type: string): readonly CloudResource[] {
    return this.memo(`resources:${type}`, () => this.resources.filter((r) => r.type === type));
  }

  /**
   * Computes a derived index once per set (for example "HPAs by scale target"). Keys must be
   * unique per rule; prefix them with the control id.
   */
  public memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}
