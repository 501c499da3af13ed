// The provider facts (providers/tencentcloud/provider-subset.json, the repository's own record) and a
// checker of resource inputs against them: every key must be a provider input, every value of a
// compatible type, every required input present. Used on the thin classes and on what
// MultiZoneCluster registers.
import * as fs from 'fs';
import { FACTS_FILE } from '../../scripts/gen-tencentcloud';

/** One input (or nested field) as the provider facts describe it. */
export interface SubsetProp {
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  readonly forceNew?: boolean;
  readonly immutable?: boolean;
  readonly deprecated?: boolean;
  readonly computedOnly?: boolean;
  readonly allowedValues?: readonly unknown[];
}

/** One resource of the provider facts. */
export interface SubsetResource {
  readonly module: string;
  readonly className: string;
  readonly inputs: Record<string, SubsetProp>;
  readonly outputs: Record<string, { type: string }>;
  readonly secretOutputs?: readonly string[];
}

/** One data source of the provider facts. */
export interface SubsetInvoke {
  readonly module: string;
  readonly inputs: Record<string, SubsetProp>;
  readonly outputs: Record<string, SubsetProp>;
}

/** The provider facts. */
export interface Subset {
  readonly provider: { readonly version: string; readonly pluginDownloadURL: string };
  readonly resources: Record<string, SubsetResource>;
  readonly types: Record<string, Record<string, SubsetProp>>;
  /** Nested types of output-only properties. */
  readonly outputTypes?: Record<string, Record<string, SubsetProp>>;
  /** Data sources. */
  readonly invokes?: Record<string, SubsetInvoke>;
}

/** Reads the provider facts from the repository (the file scripts/gen-tencentcloud.ts generates from). */
export function loadSubset(): Subset {
  return JSON.parse(fs.readFileSync(FACTS_FILE, 'utf8')) as Subset;
}

const NESTED = /^([A-Z]\w*\.[A-Z]\w*)(\[\])?$/;

/** Checks one value against a provider type string; pushes a message per problem. */
export function checkValue(subset: Subset, value: unknown, type: string, at: string, errors: string[]): void {
  const nested = NESTED.exec(type);
  if (nested) {
    if (nested[2]) {
      if (!Array.isArray(value)) return void errors.push(`${at}: expected a list of ${nested[1]}, got ${JSON.stringify(value)}`);
      value.forEach((v, i) => checkObject(subset, v, subset.types[nested[1]], `${at}[${i}]`, errors));
      return;
    }
    checkObject(subset, value, subset.types[nested[1]], at, errors);
    return;
  }
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return void errors.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
    value.forEach((v, i) => checkValue(subset, v, type.slice(0, -2), `${at}[${i}]`, errors));
    return;
  }
  if (type === '{[key: string]: string}') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return void errors.push(`${at}: expected a string map`);
    for (const [k, v] of Object.entries(value)) if (typeof v !== 'string') errors.push(`${at}.${k}: expected a string, got ${typeof v}`);
    return;
  }
  if (typeof value !== type) errors.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
}

/** Checks an object against a set of provider fields. */
export function checkObject(subset: Subset, value: unknown, fields: Record<string, SubsetProp> | undefined, at: string, errors: string[]): void {
  if (!fields) return void errors.push(`${at}: unknown type`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return void errors.push(`${at}: expected an object, got ${JSON.stringify(value)}`);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const field = fields[k];
    if (!field) {
      errors.push(`${at}.${k}: not an input of the provider`);
      continue;
    }
    if (field.computedOnly) errors.push(`${at}.${k}: computed by the provider, must not be sent`);
    if (field.deprecated) errors.push(`${at}.${k}: deprecated upstream, must not be sent`);
    checkValue(subset, v, field.type, `${at}.${k}`, errors);
    if (field.allowedValues && !field.allowedValues.includes(v as never)) errors.push(`${at}.${k}: ${JSON.stringify(v)} is not one of ${JSON.stringify(field.allowedValues)}`);
  }
  for (const [k, f] of Object.entries(fields)) {
    if (f.required && (value as Record<string, unknown>)[k] === undefined) errors.push(`${at}.${k}: required input missing`);
  }
}

/** Checks the inputs of one registered resource; returns the problems found. */
export function checkInputs(subset: Subset, type: string, inputs: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const res = subset.resources[type];
  if (!res) return [`${type}: not a resource of the provider`];
  checkObject(subset, inputs, res.inputs, type, errors);
  return errors;
}
