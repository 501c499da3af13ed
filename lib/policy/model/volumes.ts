import { PodTemplate } from './workload';

/** One entry of a pod spec's volumes, with where it sits. */
export interface VolumeRef {
  /** The volume as written. */
  readonly spec: Record<string, any>;
  /** Index in spec.volumes. */
  readonly index: number;
  /** Its name (`''` when absent). */
  readonly name: string;
  /** Dotted path of the volume, e.g. `spec.template.spec.volumes[0]`. */
  readonly path: string;
  /**
   * The source keys it sets (`hostPath`, `configMap`, ...): every key but `name` whose value is
   * not null. A null source is what an empty YAML key gives, and the API server reads it as unset.
   */
  readonly sources: readonly string[];
}

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** The volumes of a pod template (empty when spec.volumes is absent or not a list). */
export function volumesOf(pod: PodTemplate): VolumeRef[] {
  const list = pod.spec.volumes;
  if (!Array.isArray(list)) return [];
  return list.map((v, index) => {
    const spec = rec(v);
    return {
      spec,
      index,
      name: typeof spec.name === 'string' ? spec.name : '',
      path: `${pod.path}.volumes[${index}]`,
      sources: Object.keys(spec).filter((k) => k !== 'name' && spec[k] !== null && spec[k] !== undefined),
    };
  });
}

/** Human label of a volume for messages: `volume "data"`. */
export function describeVolume(v: VolumeRef): string {
  return `volume "${v.name || `#${v.index}`}"`;
}
