// CrossGuard adapter: the same catalog as a Pulumi policy pack.
export * from './policies';
export { kubernetesTypeOf } from './resources';
