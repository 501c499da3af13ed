import { imageOf } from './container-image';
import { isPinnedDigest, parseImage } from '../../model/image';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-IMG-002 Images are pinned by digest.
 * Pass: every container image (all types) ends in @sha256: plus 64 lowercase hex characters or
 * @sha512: plus 128 lowercase hex characters (a tag may precede the digest).
 * Fail: some image has no digest, or a digest with another algorithm, wrong length or uppercase hex.
 */
export const KW_IMG_002: KubeRule = {
  id: 'KW-IMG-002',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const raw = imageOf(c);
      const image = raw === undefined ? undefined : parseImage(raw);
      if (image && isPinnedDigest(image.digest)) continue;
      let problem: string;
      if (raw === undefined) problem = 'names no image';
      else if (image?.digest === undefined) problem = `image "${raw}" has no digest`;
      else problem = `image "${raw}" has a digest that is not sha256 (64 lowercase hex) or sha512 (128 lowercase hex)`;
      out.push({
        message: `${describeContainer(c)} ${problem}; append @sha256:<digest> of the pushed image so a re-pushed tag cannot change what runs.`,
        field: `${c.path}.image`,
        container: c.name,
      });
    }
    return out;
  },
};
