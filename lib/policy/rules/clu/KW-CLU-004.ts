import { KubewardError } from '../../../core/errors';
import { CLUSTER_TYPE, stringInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';

const MAJOR_MINOR = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/;

/** The major and minor numbers of a version string such as `1.30.0` or `v1.28`, or undefined. */
function majorMinor(version: string): [number, number] | undefined {
  const m = MAJOR_MINOR.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * KW-CLU-004 Kubernetes version is current.
 * Pass: clusterVersion is set and its major.minor is at least config.min_kubernetes_version
 * (option minKubernetesVersion, default 1.30).
 * Fail: clusterVersion is older than the configured minimum, or unset so the provider default decides.
 *
 * A clusterVersion that is not a version number cannot be shown to be current and is reported.
 */
export const KW_CLU_004: CloudRule = {
  id: 'KW-CLU-004',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource, ctx) {
    const wanted = ctx.options.minKubernetesVersion;
    const min = majorMinor(wanted);
    if (!min) {
      throw new KubewardError('AuditOptions', 'minKubernetesVersion', `"${wanted}" is not a major.minor version`, 'pass a version such as "1.30"');
    }
    const version = stringInput(resource.inputs.clusterVersion);
    if (version === undefined) {
      return [{ message: `clusterVersion is unset, so the provider picks the Kubernetes version; pin clusterVersion to ${wanted} or newer.`, field: 'clusterVersion' }];
    }
    const got = majorMinor(version);
    if (!got) {
      return [{ message: `clusterVersion "${version}" is not a Kubernetes version; set a version such as "${wanted}.0" or newer.`, field: 'clusterVersion' }];
    }
    if (got[0] < min[0] || (got[0] === min[0] && got[1] < min[1])) {
      return [{ message: `clusterVersion ${version} is older than the minimum ${wanted}; upgrade the cluster (raise clusterVersion) to ${wanted} or newer.`, field: 'clusterVersion' }];
    }
    return [];
  },
};
