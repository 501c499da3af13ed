// The TKE Kubernetes versions MultiZoneCluster accepts, in one table with the date it was last
// checked. TKE only ships even minors (1.28, 1.30, 1.32, ...) and supports each for about 27
// months: GA, End of Marketing 18 months later (no new clusters), End of Full Support 6 months
// after that (no new patches; new node pools may be refused), End of Service 3 months after that.

/** Lifecycle stage of a TKE minor version, as TKE names them. */
export type TkeVersionStage = 'GA' | 'EOM' | 'EOFS' | 'EOS';

/** One TKE Kubernetes version. */
export interface TkeVersion {
  /** The exact version string `clusterVersion` takes (`1.30.0`). */
  readonly version: string;
  /** Its `major.minor`. */
  readonly minor: string;
  /** Lifecycle stage on {@link TKE_VERSIONS_CHECKED}. */
  readonly stage: TkeVersionStage;
  /** Where the stage comes from, or how it was derived. */
  readonly note: string;
}

/**
 * Date the table was last checked against Tencent's documentation. Update it, and the table,
 * whenever TKE publishes a new minor or a version changes stage.
 */
export const TKE_VERSIONS_CHECKED = '2026-11-28';

/**
 * Sources read on {@link TKE_VERSIONS_CHECKED}: the TKE version maintenance mechanism
 * (tencentcloud.com document 457/47894, copy last updated 2025-12-02; Chinese edition
 * cloud.tencent.com 457/73078) for the even-minor policy and the 18+6+3 month lifecycle. Its
 * release calendar table was not legible in the copies available, so stages marked "derived"
 * apply that rule to the approximate GA month and must be confirmed against the console or the
 * provider's `getAvailableClusterVersions` before relying on them.
 */
export const TKE_VERSION_SOURCES: readonly string[] = [
  'https://www.tencentcloud.com/document/product/457/47894',
  'https://cloud.tencent.com/document/product/457/73078',
];

/** Every TKE version the table knows, newest first. Only GA, EOM and EOFS versions are accepted. */
export const TKE_VERSIONS: readonly TkeVersion[] = [
  { version: '1.32.2', minor: '1.32', stage: 'GA', note: 'newest TKE minor known; derived: GA in 2025, EOM not before 2026-12' },
  { version: '1.30.0', minor: '1.30', stage: 'EOM', note: 'derived: GA around 2024-10, EOM around 2026-04, EOFS around 2026-10 to 2026-12, EOS around 2027-01' },
  { version: '1.28.3', minor: '1.28', stage: 'EOS', note: 'derived: GA around 2024-01, EOS around mid-2026' },
  { version: '1.26.1', minor: '1.26', stage: 'EOS', note: 'derived: EOS in 2025' },
  { version: '1.24.4', minor: '1.24', stage: 'EOS', note: 'end of service' },
  { version: '1.22.5', minor: '1.22', stage: 'EOS', note: 'end of service' },
  { version: '1.20.6', minor: '1.20', stage: 'EOS', note: 'end of service' },
];

/** Versions a cluster may be created or upgraded at: every known version not at End of Service. */
export function supportedTkeVersions(): TkeVersion[] {
  return TKE_VERSIONS.filter((v) => v.stage !== 'EOS');
}

/** The outcome of looking a version up in the table. */
export type VersionLookup =
  | { readonly ok: true; readonly version: TkeVersion }
  | { readonly ok: false; readonly problem: string };

/**
 * Looks up an exact version string. Refuses versions the table does not list (TKE would reject
 * them, or the table is stale) and versions at End of Service.
 */
export function lookupTkeVersion(version: string): VersionLookup {
  const found = TKE_VERSIONS.find((v) => v.version === version.trim());
  const supported = supportedTkeVersions().map((v) => v.version).join(', ');
  if (!found) {
    return { ok: false, problem: `"${version}" is not a TKE Kubernetes version (supported as of ${TKE_VERSIONS_CHECKED}: ${supported})` };
  }
  if (found.stage === 'EOS') {
    return { ok: false, problem: `${found.version} has reached End of Service on TKE (${found.note}); supported as of ${TKE_VERSIONS_CHECKED}: ${supported}` };
  }
  return { ok: true, version: found };
}

/** Compares two `major.minor` strings numerically: negative when a is older than b. */
export function compareMinor(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}
