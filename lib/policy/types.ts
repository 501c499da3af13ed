// Core vocabulary of the control engine. The engine reads plain objects only: nothing in
// lib/policy imports cdk8s or Pulumi, so every gate (synth, CLI, CrossGuard, admission) shares it.

/** Severity of a control, highest first. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Severities ordered from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Numeric rank of a severity: critical is 4, low is 1. @internal */
export function severityRank(s: Severity): number {
  return 4 - SEVERITIES.indexOf(s);
}

/** References of a control to standards and to the peers' check names. */
export interface ControlReferences {
  /** Pod Security Standards level and control name, when the control maps to PSS. */
  readonly pss?: { readonly level: string; readonly control: string; readonly fields?: readonly string[] };
  /** CIS Kubernetes Benchmark item numbers. */
  readonly cis?: readonly string[];
  /** NSA/CISA Kubernetes Hardening Guide section. */
  readonly nsa?: string;
  /** Polaris check id. */
  readonly polaris?: string;
  /** kube-score check id. */
  readonly kube_score?: string;
  /** kube-linter check name. */
  readonly kube_linter?: string;
  /** Checkov check ids. */
  readonly checkov?: readonly string[];
  /** Kubescape control ids. */
  readonly kubescape?: readonly string[];
  /** Other references, kept verbatim from the catalog. */
  readonly [key: string]: unknown;
}

/** One control of the catalog, as data. */
export interface ControlInfo {
  /** Stable id, e.g. `KW-POD-001`. */
  readonly id: string;
  /** One-line title. */
  readonly title: string;
  /** Severity. */
  readonly severity: Severity;
  /** What the control applies to, as the catalog words it. */
  readonly appliesTo: readonly string[];
  /** The normative pass sentence. */
  readonly pass: string;
  /** The normative fail sentence. */
  readonly fail: string;
  /** Extra notes from the catalog. */
  readonly notes?: string;
  /** References to standards and peers. */
  readonly references: ControlReferences;
}

/** Where an object came from, so every finding can point back at it. */
export interface ObjectSource {
  /** File the object was read from. */
  readonly file?: string;
  /** 1-based line of the start of the object's document in the file. */
  readonly line?: number;
  /** 0-based index of the YAML document (or list item) in the file. */
  readonly documentIndex?: number;
  /** Construct path, when the object was synthesized by cdk8s. */
  readonly constructPath?: string;
  /** Pulumi URN or logical name, for cloud resources. */
  readonly urn?: string;
}

/** A short reference to an object, for reports. */
export interface ObjectRef {
  /** apiVersion as written. */
  readonly apiVersion: string;
  /** kind as written. */
  readonly kind: string;
  /** metadata.name (empty when absent). */
  readonly name: string;
  /** The namespace as written (undefined for cluster-scoped objects or when omitted). */
  readonly namespace?: string;
}

/**
 * A cloud resource as registered with Pulumi: its type token and its inputs.
 * The CLU controls read these instead of Kubernetes manifests.
 */
export interface CloudResource {
  /** Pulumi type token, e.g. `tencentcloud:Kubernetes/cluster:Cluster`. */
  readonly type: string;
  /** Logical name of the resource. */
  readonly name: string;
  /** Resolved inputs (plain values; unknown outputs are left undefined). */
  readonly inputs: Record<string, any>;
  /** Suppressions for this resource: control id to reason. */
  readonly suppressions?: Record<string, string>;
  /** Where the resource was declared. */
  readonly source?: ObjectSource;
}

/** One violated element reported by a rule. @internal */
export interface Violation {
  /** What is wrong and how to fix it, in one sentence. */
  readonly message: string;
  /** Dotted path of the offending field, e.g. `spec.template.spec.containers[0].securityContext`. */
  readonly field?: string;
  /** The container concerned, if any. */
  readonly container?: string;
}

/** The rule does not apply to this object (it is out of the control's scope). @internal */
export const NOT_APPLICABLE = 'not-applicable' as const;

/** A rule's verdict on one object: not applicable, or the list of violations (empty = compliant). @internal */
export type RuleOutcome = typeof NOT_APPLICABLE | readonly Violation[];

/** A finding of the engine: one violation of one control on one object. */
export interface Finding {
  /** Control id. */
  readonly controlId: string;
  /** Control title. */
  readonly title: string;
  /** Control severity. */
  readonly severity: Severity;
  /** What is wrong. */
  readonly message: string;
  /** The object concerned. */
  readonly object: ObjectRef;
  /** Where it came from. */
  readonly source: ObjectSource;
  /** Dotted path of the offending field. */
  readonly field?: string;
  /** The container concerned. */
  readonly container?: string;
  /** Present when the finding is suppressed, with the reason given. */
  readonly suppressed?: { readonly reason: string };
}

/** A problem with the input itself: unreadable file, parse error, invalid suppression. */
export interface InputError {
  /** What kind of problem. */
  readonly kind: 'read' | 'parse' | 'shape' | 'suppression' | 'limit';
  /** Human-readable message naming the fix. */
  readonly message: string;
  /** Where. */
  readonly source: ObjectSource;
}
