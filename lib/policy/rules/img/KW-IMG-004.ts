import { imageOf } from './container-image';
import { isPinnedDigest, parseImage } from '../../model/image';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-IMG-004 Image pull policy re-validates mutable images.
 * Pass: each container's imagePullPolicy is Always, or is unset on an image without a tag or
 * with tag latest (Kubernetes then defaults to Always), or the image is pinned by digest.
 * Fail: a tag-referenced image (other than latest) uses IfNotPresent or Never, or leaves the
 * policy unset so it defaults to IfNotPresent.
 *
 * An untagged or latest image with an explicit IfNotPresent or Never matches none of the pass
 * cases and is reported too: it is the most mutable reference there is, cached forever.
 */
export const KW_IMG_004: KubeRule = {
  id: 'KW-IMG-004',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const raw = imageOf(c);
      if (raw === undefined) continue;
      const image = parseImage(raw);
      const policy: unknown = c.spec.imagePullPolicy;
      if (policy === 'Always' || isPinnedDigest(image.digest)) continue;
      const unset = policy === undefined || policy === null || policy === '';
      const defaultsToAlways = image.tag === undefined || image.tag === 'latest';
      if (unset && defaultsToAlways) continue;
      const how = unset ? 'leaves imagePullPolicy unset, so it defaults to IfNotPresent' : `sets imagePullPolicy ${String(policy)}`;
      const ref = image.tag === undefined ? 'has no tag' : `uses the mutable tag ${image.tag}`;
      out.push({
        message: `${describeContainer(c)} image "${raw}" ${ref} and ${how}, so nodes may keep running a stale cached copy; pin the image by digest, or set imagePullPolicy: Always.`,
        field: `${c.path}.imagePullPolicy`,
        container: c.name,
      });
    }
    return out;
  },
};
