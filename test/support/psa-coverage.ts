// The upstream Pod Security Admission checks and the kubeward controls that decide each, for the
// tests that compare the engine with upstream verdicts (test/policy/conformance-ext.test.ts) and with
// the independent cluster model (test/policy/pss-model-agreement.test.ts). Upstream: kubernetes/kubernetes
// staging/src/k8s.io/pod-security-admission/policy/check_*.go.

/** A Pod Security Standards level that refuses pods. */
export type Level = 'baseline' | 'restricted';

/**
 * Each upstream check (lower-cased, as in the fixture names) and the kubeward controls that decide
 * it. `restrictedOnly` checks run at the restricted level only; `replaces` names the baseline check
 * a restricted check overrides (upstream OverrideCheckIDs), which then does not run at restricted.
 */
export interface CheckCoverage {
  readonly controls: readonly string[];
  readonly restrictedOnly?: boolean;
  readonly replaces?: string;
}

export const PSA_COVERAGE: Readonly<Record<string, CheckCoverage>> = {
  hostnamespaces: { controls: ['KW-POD-002', 'KW-POD-003', 'KW-POD-004'] },
  privileged: { controls: ['KW-POD-001'] },
  capabilities_baseline: { controls: ['KW-POD-010'] },
  hostpathvolumes: { controls: ['KW-POD-012'] },
  hostports: { controls: ['KW-POD-014'] },
  apparmorprofile: { controls: ['KW-POD-021'] },
  selinuxoptions: { controls: ['KW-POD-020'] },
  procmount: { controls: ['KW-POD-017'] },
  // No kubeward control decides exactly "seccomp not Unconfined": KW-POD-015 (restricted) also
  // requires a profile to be set. See BASELINE_GAPS.
  seccompprofile_baseline: { controls: [] },
  sysctls: { controls: ['KW-POD-018'] },
  windowshostprocess: { controls: ['KW-POD-019'] },
  hostprobesandhostlifecycle: { controls: ['KW-POD-027'] },
  restrictedvolumes: { controls: ['KW-POD-022'], restrictedOnly: true, replaces: 'hostpathvolumes' },
  allowprivilegeescalation: { controls: ['KW-POD-005'], restrictedOnly: true },
  runasnonroot: { controls: ['KW-POD-006'], restrictedOnly: true },
  runasuser: { controls: ['KW-POD-007'], restrictedOnly: true },
  seccompprofile_restricted: { controls: ['KW-POD-015'], restrictedOnly: true, replaces: 'seccompprofile_baseline' },
  capabilities_restricted: { controls: ['KW-POD-008', 'KW-POD-009'], restrictedOnly: true, replaces: 'capabilities_baseline' },
  procmount_restricted: { controls: ['KW-POD-017', 'KW-POD-028'], restrictedOnly: true, replaces: 'procmount' },
};

/**
 * Upstream verdicts the engine cannot reproduce at a level, kept on purpose with the reason. Each
 * must still disagree (so the list cannot rot).
 */
export const BASELINE_GAPS: Readonly<Record<string, string>> = {
  seccompprofile_baseline:
    'baseline forbids only an explicit Unconfined seccomp profile; kubeward has no baseline-level control for it (KW-POD-015, restricted, refuses Unconfined and an unset profile alike), so the baseline profile admits an Unconfined pod',
};

/** The checks that run at a level, after restricted overrides. */
export function checksAt(level: Level): string[] {
  const all = Object.entries(PSA_COVERAGE);
  if (level === 'baseline') return all.filter(([, c]) => !c.restrictedOnly).map(([id]) => id);
  const replaced = new Set(all.map(([, c]) => c.replaces).filter((r): r is string => r !== undefined));
  return all.map(([id]) => id).filter((id) => !replaced.has(id));
}

/** The kubeward controls that decide a level. */
export function controlsAt(level: Level): Set<string> {
  return new Set(checksAt(level).flatMap((id) => PSA_COVERAGE[id].controls));
}
