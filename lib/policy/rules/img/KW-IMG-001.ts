import { imageOf } from './container-image';
import { parseImage } from '../../model/image';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** `algorithm:hex`: the digest part the control asks for (its strict form is KW-IMG-002's business). */
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]+$/i;

/**
 * KW-IMG-001 Images use an explicit tag other than latest, or a digest.
 * Pass: every container image (all types) has a digest part (@algorithm:hex), or a tag (the
 * text after a colon in the last path segment) other than latest.
 * Fail: some image has no tag and no digest (a registry port like host:5000/app is not a tag)
 * or uses the tag latest.
 */
export const KW_IMG_001: KubeRule = {
  id: 'KW-IMG-001',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const raw = imageOf(c);
      const field = `${c.path}.image`;
      if (raw === undefined) {
        out.push({ message: `${describeContainer(c)} names no image; set image to a tagged or digest-pinned reference.`, field, container: c.name });
        continue;
      }
      const image = parseImage(raw);
      if (image.digest !== undefined && DIGEST.test(image.digest)) continue;
      if (image.tag !== undefined && image.tag !== 'latest') continue;
      const problem = image.tag === 'latest' ? 'uses the mutable tag latest' : 'has no tag, so it resolves to latest';
      out.push({
        message: `${describeContainer(c)} image "${raw}" ${problem}; pin a version tag or, better, a digest (@sha256:...) so every node runs the same build.`,
        field,
        container: c.name,
      });
    }
    return out;
  },
};
