import { imageOf } from './container-image';
import { parseImage, registryAllowed } from '../../model/image';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-IMG-003 Images come from allowed registries.
 * Pass: the registry host of every image matches the trusted registries (option
 * `trustedRegistries`, default ccr.ccs.tencentyun.com and *.tencentcloudcr.com).
 * Fail: some image comes from another registry, including implicit Docker Hub references that
 * carry no registry host.
 */
export const KW_IMG_003: KubeRule = {
  id: 'KW-IMG-003',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const trusted = ctx.options.trustedRegistries;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const raw = imageOf(c);
      const image = raw === undefined ? undefined : parseImage(raw);
      if (image && registryAllowed(image, trusted)) continue;
      let problem: string;
      if (raw === undefined) problem = 'names no image';
      else if (image?.registry === undefined) problem = `image "${raw}" has no registry host, so it is pulled from Docker Hub`;
      else problem = `image "${raw}" comes from ${image.registry}, which is not a trusted registry`;
      out.push({
        message: `${describeContainer(c)} ${problem}; mirror it into one of ${trusted.join(', ') || '(no trusted registries configured)'} and reference it there.`,
        field: `${c.path}.image`,
        container: c.name,
      });
    }
    return out;
  },
};
