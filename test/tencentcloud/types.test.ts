// The TypeScript types the generated classes expose, as the official SDK declares them: inputs are
// pulumi.Input (list elements and map values too), outputs pulumi.Output of the unwrapped input type,
// `| undefined` where the input is optional. The generated files write their fields plainly and get
// the wrapping from the Inputs / OutputsOf mapped types of lib/tencentcloud/resource.ts, so these
// assertions check that mapping. They are checked by the compiler (`tsc -p tsconfig.dev.json`, run
// by CI): a wrong type fails to compile. Jest only runs the trivial part.
import type * as pulumi from '@pulumi/pulumi';
import type * as tc from '../../lib/tencentcloud';

/** True when A and B are the same type (not merely assignable). */
type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

declare const topic: tc.cls.Topic;
declare const cluster: tc.kubernetes.Cluster;

const inputs: [
  Eq<tc.cls.TopicArgs['logsetId'], pulumi.Input<string>>,
  Eq<tc.cls.TopicArgs['autoSplit'], pulumi.Input<boolean> | undefined>,
  Eq<tc.cls.TopicArgs['tags'], pulumi.Input<{ [key: string]: pulumi.Input<string> }> | undefined>,
  Eq<tc.cls.TopicArgs['extends'], pulumi.Input<tc.cls.TopicExtends> | undefined>,
  Eq<tc.cls.TopicExtendsAnonymousAccess['operations'], pulumi.Input<pulumi.Input<string>[]> | undefined>,
  Eq<tc.cls.TopicExtendsAnonymousAccess['conditions'], pulumi.Input<pulumi.Input<tc.cls.TopicExtendsAnonymousAccessCondition>[]> | undefined>,
  Eq<tc.kubernetes.ClusterArgs['workerConfigs'], pulumi.Input<pulumi.Input<tc.kubernetes.ClusterWorkerConfig>[]> | undefined>,
  Eq<tc.user.GetInfoOutputArgs['resultOutputFile'], pulumi.Input<string> | undefined>,
  Eq<tc.user.GetInfoArgs['resultOutputFile'], string | undefined>,
] = [true, true, true, true, true, true, true, true, true];

const outputs: [
  Eq<typeof topic.logsetId, pulumi.Output<string>>,
  Eq<typeof topic.autoSplit, pulumi.Output<boolean | undefined>>,
  Eq<typeof topic.tags, pulumi.Output<{ [key: string]: string } | undefined>>,
  Eq<typeof cluster.kubeConfig, pulumi.Output<string>>,
  Eq<typeof cluster.workerInstancesLists, pulumi.Output<tc.kubernetes.ClusterWorkerInstancesList[]>>,
  Eq<typeof cluster.id, pulumi.Output<pulumi.ID>>,
] = [true, true, true, true, true, true];

/** Never called: what must not compile. */
export function refused(t: typeof tc): void {
  // @ts-expect-error a required input is missing
  new t.cls.Topic('t', { logsetId: 'ls' });
  // @ts-expect-error an unknown input is refused
  new t.cls.Topic('t', { logsetId: 'ls', topicName: 'n', topicname: 'n' });
  // @ts-expect-error a nested field has its provider type
  new t.cls.Topic('t', { logsetId: 'ls', topicName: 'n', extends: { anonymousAccess: { operations: 'trackLog' } } });
  // @ts-expect-error the args of a resource with required inputs cannot be left out
  new t.kubernetes.Cluster('c');
  // A resource without required inputs takes no args, and a twin type takes its original's fields.
  new t.security.Group('sg');
  const worker: tc.kubernetes.ClusterWorkerConfig = { availabilityZone: 'z', instanceType: 'S5.LARGE8', subnetId: 's', dataDisks: [{ diskSize: 50 }] };
  void worker;
  // Static helpers are typed per class.
  const read: tc.cls.Topic = t.cls.Topic.get('t', 'topic-id', { topicName: 'n' });
  void read;
  const x: unknown = read;
  if (t.cls.Topic.isInstance(x)) {
    const narrowed: tc.cls.Topic = x;
    void narrowed;
  }
}

test('the generated input and output types are the SDK types (checked by tsc)', () => {
  expect([...inputs, ...outputs].every((ok) => ok)).toBe(true);
});
