import { containerSecurityContext, describeContainer, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Prefix of the per-container AppArmor annotations (before Kubernetes 1.30's field). */
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** appArmorProfile types that keep a profile in force. */
const CONFINED_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

function profileType(securityContext: Record<string, any>): unknown {
  const profile = securityContext.appArmorProfile;
  if (profile === null || typeof profile !== 'object') return undefined;
  const type = (profile as Record<string, unknown>).type;
  return type === null ? undefined : type;
}

function confinedType(type: unknown): boolean {
  return type === undefined || (typeof type === 'string' && CONFINED_TYPES.has(type));
}

/** Whether an annotation value names a confining profile (`runtime/default`, `localhost/<name>`). */
function confinedAnnotation(value: string): boolean {
  return value === 'runtime/default' || value.startsWith('localhost/');
}

/**
 * KW-POD-021 AppArmor is never set to unconfined.
 * Pass: appArmorProfile.type (pod and containers) is unset, RuntimeDefault or Localhost, and every
 * container.apparmor.security.beta.kubernetes.io/* annotation on the pod metadata is
 * runtime/default or starts with localhost/.
 * Fail: an appArmorProfile.type is Unconfined (or any other value), or an AppArmor annotation is
 * unconfined or any other value. For controllers the pod metadata is the template's metadata.
 */
export const KW_POD_021: KubeRule = {
  id: 'KW-POD-021',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    const podType = profileType(podSecurityContext(pod));
    if (!confinedType(podType)) {
      out.push({
        message: `the pod sets appArmorProfile.type to ${JSON.stringify(podType)}; use RuntimeDefault or Localhost.`,
        field: `${pod.path}.securityContext.appArmorProfile.type`,
      });
    }
    for (const c of pod.containers) {
      const type = profileType(containerSecurityContext(c));
      if (confinedType(type)) continue;
      out.push({
        message: `${describeContainer(c)} sets appArmorProfile.type to ${JSON.stringify(type)}; use RuntimeDefault or Localhost.`,
        field: `${c.path}.securityContext.appArmorProfile.type`,
        container: c.name,
      });
    }
    const metadataPath = pod.path === 'spec' ? 'metadata' : `${pod.path.slice(0, -'.spec'.length)}.metadata`;
    for (const [key, value] of Object.entries(pod.annotations)) {
      if (!key.startsWith(ANNOTATION_PREFIX) || confinedAnnotation(value)) continue;
      const container = key.slice(ANNOTATION_PREFIX.length);
      out.push({
        message: `the AppArmor annotation for container "${container}" is ${JSON.stringify(value)}; use runtime/default or localhost/<profile>.`,
        field: `${metadataPath}.annotations['${key}']`,
        container,
      });
    }
    return out;
  },
};
