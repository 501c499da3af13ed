import { IMAGE_VOLUMES_FROM } from '../../model/kubernetes-version';
import { describeVolume, volumesOf } from '../../model/volumes';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Volume sources the Pod Security Standards restricted profile allows. */
const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/**
 * KW-POD-022 Only restricted-profile volume types are used.
 * Pass: every spec.volumes entry is configMap, csi, downwardAPI, emptyDir, ephemeral,
 * persistentVolumeClaim, projected or secret.
 * Fail: some volume uses another source such as hostPath, nfs, iscsi, gitRepo, rbd, cephfs or
 * flexVolume. Any source key outside the allowed list counts, so sources added by later
 * Kubernetes versions fail until they are reviewed. A volume with no source is an emptyDir.
 * `image` volumes pass when the audit's Kubernetes version is 1.33 or newer (IMAGE_VOLUMES_FROM):
 * Pod Security Admission ties that to the API server, whatever version a Namespace pins.
 */
export const KW_POD_022: KubeRule = {
  id: 'KW-POD-022',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const imageAllowed = ctx.options.kubernetesMinor >= IMAGE_VOLUMES_FROM;
    const out: Violation[] = [];
    for (const v of volumesOf(pod)) {
      const bad = v.sources.filter((s) => !RESTRICTED_VOLUME_SOURCES.has(s) && !(s === 'image' && imageAllowed));
      if (bad.length === 0) continue;
      out.push({
        message: `${describeVolume(v)} uses the ${bad.join(', ')} source, which the restricted profile forbids; use a persistentVolumeClaim (or csi, configMap, secret, projected, emptyDir) volume instead.`,
        field: `${v.path}.${bad[0]}`,
      });
    }
    return out;
  },
};
