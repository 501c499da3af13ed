import type { ContainerRef } from '../../model/workload';

/** The image reference a container names, or undefined when it names none (or not as a string). */
export function imageOf(c: ContainerRef): string | undefined {
  const image = c.spec.image;
  return typeof image === 'string' && image.trim() !== '' ? image.trim() : undefined;
}
