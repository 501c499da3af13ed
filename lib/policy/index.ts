// The control engine: plain objects in, findings out. No cdk8s or Pulumi imports here.
export * from './types';
export * from './options';
export * from './engine';
export * from './suppressions';
export * from './opt-outs';
export { CONTROLS, CATALOG_DEFAULTS } from './catalog-data';
export { ManifestSet } from './model/manifest-set';
export { toKubeObject } from './model/object';
export type { KubeObject } from './model/object';
export { parseImage } from './model/image';
export type { ImageRef } from './model/image';
export type { Rule, KubeRule, CloudRule, RuleContext } from './rule';
export { ALL_RULES } from './rules';
export * from './input';
export * from './report';
