import type { ManifestSet } from './model/manifest-set';
import type { KubeObject } from './model/object';
import type { ResolvedAuditOptions } from './options';
import type { CloudResource, RuleOutcome } from './types';

/** What a rule may read besides the object under evaluation. @internal */
export interface RuleContext {
  /** The manifest set the object belongs to (for cross-object controls). */
  readonly set: ManifestSet;
  /** Effective options (trusted registries, ownership labels, minimum version, ...). */
  readonly options: ResolvedAuditOptions;
}

/**
 * A rule over Kubernetes objects: one pure function per control, in its own file named by the
 * control id. It returns NOT_APPLICABLE when the object is out of the control's scope, an empty
 * list when the object passes, or one violation per offending element.
 * @internal
 */
export interface KubeRule {
  /** The control id this rule implements. */
  readonly id: string;
  /** Discriminates kube rules from cloud rules. */
  readonly target: 'kube';
  /**
   * Group-qualified kinds the rule looks at (`Pod`, `apps/Deployment`, `Namespace`), or the
   * selectors `*workload` (every workload kind), `*namespaced` (every namespaced object) and
   * `*` (every object). The engine dispatches by these, so rules never see other kinds.
   */
  readonly kinds: readonly string[];
  /** Evaluates one object. */
  evaluate(obj: KubeObject, ctx: RuleContext): RuleOutcome;
}

/** A rule over cloud resources (Pulumi inputs of the Tencent Cloud provider). @internal */
export interface CloudRule {
  /** The control id this rule implements. */
  readonly id: string;
  /** Discriminates cloud rules from kube rules. */
  readonly target: 'cloud';
  /** Pulumi type tokens the rule evaluates. */
  readonly types: readonly string[];
  /** Evaluates one resource. */
  evaluate(resource: CloudResource, ctx: RuleContext): RuleOutcome;
}

/** Any rule. @internal */
export type Rule = KubeRule | CloudRule;
