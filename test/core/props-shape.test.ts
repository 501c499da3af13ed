// The one unknown-prop check: declared shapes, nested objects, lists, opt-outs, and the nearest
// known name in the message.
import { KubewardError } from '../../lib/core/errors';
import { VALUE, checkShape, listOf, nearestName, optOutOr, shapeOf } from '../../lib/core/props-shape';

interface Res { cpu: string; memory: string; cpuLimit?: string }
interface Vol { name: string; size: string }
interface Backup { enabled?: true; schedule?: string }
interface Props {
  image: string;
  replicas?: number;
  resources: Res;
  volumes?: Vol[];
  backup?: Backup | { enabled: false; reason: string };
  labels?: Record<string, string>;
}

const RES = shapeOf<Res>('Res', { cpu: VALUE, memory: VALUE, cpuLimit: VALUE });
const PROPS = shapeOf<Props>('Props', {
  image: VALUE,
  replicas: VALUE,
  resources: RES,
  volumes: listOf(shapeOf<Vol>('Vol', { name: VALUE, size: VALUE })),
  backup: optOutOr(shapeOf<Backup>('Backup', { enabled: VALUE, schedule: VALUE })),
  labels: VALUE,
}, { schedule: 'a service runs continuously' });

function refusal(input: unknown): KubewardError {
  try {
    checkShape('app/api', '', input, PROPS);
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

describe('props shapes |', () => {
  test('known props, nested ones included, pass; values are left to the resolvers', () => {
    expect(() => checkShape('app/api', '', { image: 'x', replicas: 'three', resources: { cpu: 1, memory: null }, volumes: [{ name: 'd', size: '1Gi' }, 'junk'], backup: { schedule: '@daily' }, labels: { anything: 'goes' } }, PROPS)).not.toThrow();
    for (const junk of [undefined, null, 42, 'x', [], [1]]) expect(() => checkShape('app/api', '', junk, PROPS)).not.toThrow();
  });

  test('a typo names the construct path, the prop path and the nearest known name', () => {
    const e = refusal({ image: 'x', resources: { cpu: '1', memroy: '1Gi' } });
    expect([e.path, e.prop]).toEqual(['app/api', 'resources.memroy']);
    expect(e.message).toMatch(/is not a known option of Res; did you mean "memory"\?/);
    expect(e.fix).toMatch(/rename it to memory \(Res takes cpu, memory, cpuLimit\)/);
    expect(refusal({ replica: 5 }).message).toMatch(/^\[app\/api\] replica: .*did you mean "replicas"/);
    expect(refusal({ IMAGE: 'x' }).message).toMatch(/did you mean "image"/);
  });

  test('lists and opt-outs: every item, and an opt-out holds only enabled and reason', () => {
    expect(refusal({ volumes: [{ name: 'a', size: '1Gi' }, { name: 'b', sise: '1Gi' }] }).prop).toBe('volumes[1].sise');
    expect(refusal({ backup: { schedul: '@daily' } }).message).toMatch(/backup\.schedul: .*did you mean "schedule"/);
    const e = refusal({ backup: { enabled: false, reason: 'restores are done elsewhere', schedule: '@daily' } });
    expect(e.prop).toBe('backup.schedule');
    expect(e.message).toMatch(/not a known option of an opt-out/);
  });

  test('a prop one level too high, a misplaced prop and a prop with no near name', () => {
    expect(refusal({ cpu: '1' }).message).toMatch(/did you mean "resources\.cpu"/);
    expect(refusal({ schedule: '@daily' }).message).toMatch(/is not an option of Props: a service runs continuously/);
    const e = refusal({ zzzzzz: 1 });
    expect(e.message).not.toMatch(/did you mean/);
    expect(e.fix).toMatch(/use one of image, replicas, resources, volumes, backup, labels/);
  });

  test('a free-form map with an own __proto__ key (env, labels, tags) is refused, naming the map', () => {
    const r = refusal({ image: 'x', resources: { cpu: '1', memory: '1Gi' }, labels: JSON.parse('{"a": "b", "__proto__": "x"}') });
    expect(r.prop).toBe('labels.__proto__');
    expect(() => checkShape('app/api', '', { image: 'x', resources: { cpu: '1', memory: '1Gi' }, labels: { proto: 'x' } }, PROPS)).not.toThrow();
  });

  test('odd keys are quoted in the prop path, never printed raw', () => {
    expect(refusal({ 'a\nPASS: b': 1 }).prop).toBe('"a\\nPASS: b"');
    expect(refusal(JSON.parse('{"__proto__": 1}')).prop).toBe('__proto__');
  });

  test('nearest name: case, swaps, one missing or extra letter; nothing for far or huge words', () => {
    const names = ['timeZone', 'replicas', 'probes', 'metricsPort', 'writablePaths', 'memory'];
    expect(['timezone', 'replica', 'probe', 'metricPort', 'writeablePaths', 'memroy'].map((w) => nearestName(w, names))).toEqual(['timeZone', 'replicas', 'probes', 'metricsPort', 'writablePaths', 'memory']);
    expect(nearestName('image', names)).toBeUndefined();
    expect(nearestName('x'.repeat(10000), names)).toBeUndefined();
    expect(nearestName('', names)).toBeUndefined();
  });
});
