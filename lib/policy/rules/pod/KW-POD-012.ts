import { describeVolume, volumesOf } from '../../model/volumes';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-012 hostPath volumes are forbidden.
 * Pass: no entry in spec.volumes has a hostPath source.
 * Fail: at least one volume uses hostPath, whatever the path or readOnly setting (a read-only
 * mount of the node's filesystem still leaks its secrets).
 */
export const KW_POD_012: KubeRule = {
  id: 'KW-POD-012',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const v of volumesOf(pod)) {
      if (!v.sources.includes('hostPath')) continue;
      const hostPath = v.spec.hostPath?.path;
      out.push({
        message: `${describeVolume(v)} mounts the node path ${typeof hostPath === 'string' ? `"${hostPath}"` : '(unspecified)'} through hostPath; use a persistentVolumeClaim, emptyDir, configMap or secret volume instead.`,
        field: `${v.path}.hostPath`,
      });
    }
    return out;
  },
};
