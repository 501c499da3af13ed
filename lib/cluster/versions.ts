// The TKE Kubernetes versions MultiZoneCluster accepts, in one table with their lifecycle dates and
// the date it was last checked. TKE only ships even minors (1.30, 1.32, 1.34, ...) and supports each
// for about 27 months: GA, End of Marketing 18 months later (no new clusters), End of Full Support
// 6 months after that (no new patches; new node pools may be refused), End of Service 3 months after
// that. MultiZoneCluster warns from 90 days before End of Marketing on.

/** Lifecycle stage of a TKE minor version, as TKE names them. */
export type TkeVersionStage = 'GA' | 'EOM' | 'EOFS' | 'EOS';

/** One TKE Kubernetes version. */
export interface TkeVersion {
  /** The exact version string `clusterVersion` takes (`1.30.0`). */
  readonly version: string;
  /** Its `major.minor`. */
  readonly minor: string;
  /** Lifecycle stage on {@link TKE_VERSIONS_CHECKED} (the dates below, read on that day). */
  readonly stage: TkeVersionStage;
  /** Start of General Availability on TKE (`YYYY-MM-DD`). */
  readonly ga: string;
  /** End of Marketing: no new clusters at this version from this day (`YYYY-MM-DD`). */
  readonly eom: string;
  /** End of Full Support: no new patches, new node pools may be refused (`YYYY-MM-DD`). */
  readonly eofs: string;
  /** End of Service: the version is expired (`YYYY-MM-DD`). */
  readonly eos: string;
  /** Where the dates come from, or how they were derived. */
  readonly note: string;
}

/**
 * Date the table was last checked against Tencent's documentation. Update it, and the table,
 * whenever TKE publishes a new minor or a version changes stage.
 */
export const TKE_VERSIONS_CHECKED = '2026-12-01';

/**
 * Sources read on {@link TKE_VERSIONS_CHECKED}:
 * - the TKE version maintenance mechanism (tencentcloud.com document 457/47894, copy last updated
 *   2025-12-02; Chinese edition cloud.tencent.com 457/73078): even minors only, GA about 3 months
 *   after the community release, then EOM 18 months after GA, EOFS 6 months after EOM, EOS 3 months
 *   after EOFS. Its release calendar table was not legible in the copies available;
 * - the TKE major version update notes (tencentcloud.com document 457/38179, last updated
 *   2025-12-15), which describe "1.34 changes since 1.32": 1.34 is the newest TKE minor;
 * - the TKE revision history (document 457/9315) for the patch versions of 1.26 and 1.28.
 * Dates marked "derived" apply the 18+6+3 month rule to the approximate GA month; confirm them (and
 * the 1.34 patch version) against the console or the provider's `getAvailableClusterVersions`
 * before relying on them.
 */
export const TKE_VERSION_SOURCES: readonly string[] = [
  'https://www.tencentcloud.com/document/product/457/47894',
  'https://cloud.tencent.com/document/product/457/73078',
  'https://www.tencentcloud.com/document/product/457/38179',
  'https://www.tencentcloud.com/document/product/457/9315',
];

/** Every TKE version the table knows, newest first. Only GA, EOM and EOFS versions are accepted. */
export const TKE_VERSIONS: readonly TkeVersion[] = [
  { version: '1.34.1', minor: '1.34', stage: 'GA', ga: '2025-12-01', eom: '2027-06-01', eofs: '2027-12-01', eos: '2028-03-01', note: 'newest TKE minor (update notes of 2025-12-15); derived: GA around 2025-12; patch version derived from the community 1.34.1' },
  { version: '1.32.2', minor: '1.32', stage: 'EOM', ga: '2025-03-01', eom: '2026-09-01', eofs: '2027-03-01', eos: '2027-06-01', note: 'derived: community 1.32 of 2024-12 plus 3 months to GA' },
  { version: '1.30.0', minor: '1.30', stage: 'EOFS', ga: '2024-10-01', eom: '2026-04-01', eofs: '2026-10-01', eos: '2027-01-01', note: 'derived: GA around 2024-10' },
  { version: '1.28.3', minor: '1.28', stage: 'EOS', ga: '2024-01-01', eom: '2025-07-01', eofs: '2026-01-01', eos: '2026-04-01', note: 'derived: GA around 2024-01' },
  { version: '1.26.1', minor: '1.26', stage: 'EOS', ga: '2023-04-01', eom: '2024-10-01', eofs: '2025-04-01', eos: '2025-07-01', note: 'derived: end of service in 2025' },
  { version: '1.24.4', minor: '1.24', stage: 'EOS', ga: '2022-09-01', eom: '2024-03-01', eofs: '2024-09-01', eos: '2024-12-01', note: 'derived: end of service' },
  { version: '1.22.5', minor: '1.22', stage: 'EOS', ga: '2022-01-01', eom: '2023-07-01', eofs: '2024-01-01', eos: '2024-04-01', note: 'derived: end of service' },
  { version: '1.20.6', minor: '1.20', stage: 'EOS', ga: '2021-05-01', eom: '2022-11-01', eofs: '2023-05-01', eos: '2023-08-01', note: 'derived: end of service' },
];

/** The newest TKE minor the table lists (the engine's default kubernetesVersion must equal it). */
export function newestTkeMinor(): string {
  return TKE_VERSIONS[0].minor;
}

/** The stage a version is at on a day (`YYYY-MM-DD`), from its dates. */
export function tkeStageOn(version: TkeVersion, day: string): TkeVersionStage {
  if (day >= version.eos) return 'EOS';
  if (day >= version.eofs) return 'EOFS';
  if (day >= version.eom) return 'EOM';
  return 'GA';
}

/** How many days before End of Marketing the component starts warning. */
export const EOM_WARNING_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The upgrade warning for a version on a day, or undefined while it is GA and End of Marketing is
 * more than {@link EOM_WARNING_DAYS} days away. From then on it names the next milestone and its date.
 */
export function tkeVersionWarning(version: TkeVersion, today: Date = new Date()): string | undefined {
  const day = today.toISOString().slice(0, 10);
  const stage = tkeStageOn(version, day);
  const daysTo = (date: string): number => Math.ceil((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
  const newer = supportedTkeVersions().filter((v) => compareMinor(v.minor, version.minor) > 0 && tkeStageOn(v, day) === 'GA').map((v) => v.version);
  const upgrade = newer.length > 0 ? `upgrade to ${newer.join(' or ')}` : 'plan the upgrade to the next TKE minor';
  const derived = version.note.includes('derived') ? ' (dates derived from TKE\'s lifecycle rule; confirm them in the console)' : '';
  switch (stage) {
    case 'GA': {
      const left = daysTo(version.eom);
      if (left > EOM_WARNING_DAYS) return undefined;
      return `Kubernetes ${version.version} reaches End of Marketing on TKE on ${version.eom}, in ${left} days${derived}: no new clusters at that version after it, and End of Full Support follows on ${version.eofs}; ${upgrade}.`;
    }
    case 'EOM':
      return `Kubernetes ${version.version} is at End of Marketing on TKE since ${version.eom}${derived}; End of Full Support (no more patches) follows on ${version.eofs}, in ${daysTo(version.eofs)} days; ${upgrade}.`;
    case 'EOFS':
      return `Kubernetes ${version.version} is at End of Full Support on TKE since ${version.eofs}${derived}: no more patches, and new node pools may be refused; End of Service follows on ${version.eos}, in ${daysTo(version.eos)} days; ${upgrade}.`;
    case 'EOS':
      return `Kubernetes ${version.version} reached End of Service on TKE on ${version.eos}${derived}; the version table (checked ${TKE_VERSIONS_CHECKED}) is stale or the cluster is expired; ${upgrade}.`;
  }
}

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
