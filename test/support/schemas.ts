// Validates synthesized objects against the real schemas in ../shared/schemas: the Kubernetes 1.28
// standalone-strict JSON schemas for built-in kinds and the upstream CRDs (Istio, Velero,
// prometheus-operator, Kyverno) for custom resources. An object whose apiVersion/kind has no
// schema is an error, so nothing a construct emits escapes validation.
//
// The schemas are third-party data and stay outside the repository (no npm package ships these
// 1.28 strict files as data: see CONTRIBUTING.md). Without them, a suite that imports this module
// gets one skipped test "schema validation ..." and one line saying why, and expectSchemaValid and
// validateObject check nothing; the engine's own assertions beside them still run. Tests that
// need the schemas' scope answers (isClusterScoped) use testIfShared(SCHEMAS, ...). On CI
// (KUBEWARD_REQUIRE_SHARED=1) a missing schemas folder fails the suite instead (./shared.ts).
//
// CRD schemas are made as strict as the k8s files: every object schema with `properties` and no
// `additionalProperties` (and no `x-kubernetes-preserve-unknown-fields`) is closed, so a misspelled
// field fails here instead of being silently pruned by the API server. Their `metadata` (left open
// by controller-gen) is replaced by the strict ObjectMeta of the k8s files.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { SCHEMAS, SHARED_DIR, checkIfShared, needsText } from './shared';

const K8S_DIR = path.join(SCHEMAS.dir, 'k8s');
const CRD_DIR = path.join(SCHEMAS.dir, 'crds');

/** Whether the schemas are there; when not, the importing suite shows one skipped check. */
export const SCHEMAS_PRESENT = checkIfShared(SCHEMAS, 'schema validation of the objects this suite synthesizes');

type Json = any;

/** A schema and what it knows about scope. */
interface Entry {
  readonly schema: Json;
  readonly clusterScoped: boolean;
  readonly source: string;
  validate?: ValidateFunction;
}

// Built-in kinds that are not namespaced (of those with a schema file here).
const CLUSTER_SCOPED_BUILTINS = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
]);

// Kubernetes API versions whose shape equals a version that has a file here (the 1.28 files only
// carry the v1beta1 admission policy; v1 (GA in 1.30) has the same fields).
const EQUIVALENT_VERSIONS: Record<string, string> = {
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': 'admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': 'admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicyBinding',
};

let registry: Map<string, Entry> | undefined;
let ajv: Ajv | undefined;

function keyOf(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** JavaScript has no inline `(?i)`; the prometheus-operator CRD uses it (Go RE2 syntax). */
function regExpEngine(): ((pattern: string, flags: string) => RegExp) & { code: string } {
  const engine = (pattern: string, flags: string): RegExp => {
    if (pattern.includes('(?i)')) return new RegExp(pattern.split('(?i)').join(''), `${flags}i`);
    return new RegExp(pattern, flags);
  };
  return Object.assign(engine, { code: 'new RegExp' });
}

function makeAjv(): Ajv {
  const a = new Ajv({ strict: false, allErrors: true, validateFormats: true, code: { regExp: regExpEngine() } as any });
  const int = (bits: number) => ({
    type: 'number' as const,
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1),
  });
  a.addFormat('int32', int(32));
  a.addFormat('int64', int(64));
  a.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  a.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  a.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  a.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  a.addFormat('duration', true);
  a.addFormat('int-or-string', true);
  a.addFormat('uri', true);
  return a;
}

/** Closes object schemas and turns OpenAPI/Kubernetes extensions into plain JSON Schema. */
function normalizeCrdSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalizeCrdSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, normalizeCrdSchema(pv)]));
    } else {
      out[k] = normalizeCrdSchema(v);
    }
  }
  if (out['x-kubernetes-int-or-string'] === true) {
    // Normally paired with anyOf [integer, string]; make sure the type allows both either way.
    delete out.type;
    if (!out.anyOf && !out.oneOf) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.properties && out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function strictObjectMeta(): Json {
  const cm = JSON.parse(fs.readFileSync(path.join(K8S_DIR, 'ConfigMap.json'), 'utf8'));
  return cm.properties.metadata;
}

function walkYaml(dir: string): string[] {
  const files: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...walkYaml(p));
    else if (/\.ya?ml$/.test(e.name)) files.push(p);
  }
  return files.sort();
}

/**
 * TKE's LogConfig CRD is not published (schemas/crds/tencent-tke/LogConfig.md). This schema is
 * written from that note: the documented fields only, closed, so a typo fails. It covers the
 * parts kubeward writes (container stdout into CLS) and the documented alternatives.
 */
function logConfigSchema(meta: Json): Json {
  const str = { type: 'string' };
  const strMap = { type: 'object', additionalProperties: { type: 'string' } };
  const strList = { type: 'array', items: str };
  const closed = (properties: Json, required?: string[]) => ({ type: 'object', properties, additionalProperties: false, ...(required ? { required } : {}) });
  const workload = closed({ container: str, kind: { enum: ['deployment', 'daemonset', 'statefulset', 'job', 'cronjob'] }, name: str, namespace: str }, ['kind', 'name']);
  return closed({
    apiVersion: { const: 'cls.cloud.tencent.com/v1' },
    kind: { const: 'LogConfig' },
    metadata: meta,
    spec: {
      ...closed({
        inputDetail: closed({
          type: { enum: ['container_stdout', 'container_file', 'host_file'] },
          containerStdout: closed({
            namespace: str,
            excludeNamespace: str,
            nsLabelSelector: str,
            allContainers: { type: 'boolean' },
            container: str,
            includeLabels: strMap,
            excludeLabels: strMap,
            metadataLabels: strList,
            metadataContainer: { type: 'array', items: { enum: ['namespace', 'pod_name', 'pod_ip', 'pod_uid', 'container_id', 'container_name', 'image_name', 'cluster_id'] } },
            customLabels: strMap,
            workloads: { type: 'array', items: workload },
          }),
          containerFile: closed({
            namespace: str,
            excludeNamespace: str,
            nsLabelSelector: str,
            container: str,
            logPath: str,
            filePattern: str,
            customLabels: strMap,
            includeLabels: strMap,
            excludeLabels: strMap,
            metadataLabels: strList,
            workload: closed({ kind: str, name: str, container: str }, ['name']),
          }, ['namespace']),
          hostFile: closed({ logPath: str, filePattern: str, customLabels: strMap }),
        }, ['type']),
        clsDetail: closed({
          logsetName: str,
          topicName: str,
          logsetId: str,
          topicId: str,
          logType: { enum: ['json_log', 'delimiter_log', 'minimalist_log', 'multiline_log', 'fullregex_log'] },
          logFormat: str,
          period: { type: 'integer', minimum: 1, maximum: 3640 },
          partitionCount: { type: 'integer', minimum: 1, maximum: 10 },
          tags: { type: 'array', maxItems: 9, items: closed({ key: str, value: str }, ['key', 'value']) },
          autoSplit: { type: 'boolean' },
          maxSplitPartitions: { type: 'integer' },
          storageType: { enum: ['hot', 'cold'] },
          excludePaths: { type: 'array', items: closed({ type: { enum: ['File', 'Path'] }, value: str }, ['type', 'value']) },
          indexs: { type: 'array', items: closed({ indexName: str, indexType: { enum: ['long', 'text', 'double'] }, tokenizer: str, sqlFlag: { type: 'boolean' }, containZH: { type: 'boolean' } }) },
          region: str,
          userDefineRule: str,
          extractRule: closed({
            timeKey: str,
            timeFormat: str,
            delimiter: str,
            logRegex: str,
            beginningRegex: str,
            unMatchUpload: { enum: ['true', 'false'] },
            unMatchedKey: str,
            backtracking: str,
            keys: strList,
            filterKeys: strList,
            filterRegex: strList,
            isGBK: { enum: ['0', '1'] },
            jsonStandard: { enum: ['0', '1'] },
          }),
        }),
        kafkaDetail: { type: 'object' },
      }, ['inputDetail']),
      not: { required: ['clsDetail', 'kafkaDetail'] },
    },
  }, ['apiVersion', 'kind', 'metadata', 'spec']);
}

function load(): Map<string, Entry> {
  if (registry) return registry;
  // Only the scope and kind questions get here without the schemas (the validators return first).
  if (!SCHEMAS_PRESENT) throw new Error(`the schema registry ${needsText(SCHEMAS)}; wrap the test in testIfShared(SCHEMAS, ...)`);
  const map = new Map<string, Entry>();
  for (const file of fs.readdirSync(K8S_DIR).filter((f) => f.endsWith('.json') && !f.startsWith('_')).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(K8S_DIR, file), 'utf8'));
    for (const gvk of schema['x-kubernetes-group-version-kind'] ?? []) {
      const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      map.set(keyOf(apiVersion, gvk.kind), { schema, clusterScoped: CLUSTER_SCOPED_BUILTINS.has(gvk.kind), source: `k8s/${file}` });
    }
  }
  for (const [alias, target] of Object.entries(EQUIVALENT_VERSIONS)) {
    const e = map.get(target);
    if (e) map.set(alias, { schema: e.schema, clusterScoped: e.clusterScoped, source: `${e.source} (as ${alias})` });
  }
  const meta = strictObjectMeta();
  for (const file of walkYaml(CRD_DIR)) {
    for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const crd = doc.toJS();
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const v of crd.spec.versions ?? []) {
        const raw = v.schema?.openAPIV3Schema;
        if (!raw) continue;
        const schema = normalizeCrdSchema(raw);
        // Some CRDs (Istio's) describe only spec/status; apiVersion and kind are always allowed.
        schema.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, ...(schema.properties ?? {}), metadata: meta };
        schema.required = [...new Set([...(schema.required ?? []), 'apiVersion', 'kind', 'metadata'])];
        map.set(keyOf(`${crd.spec.group}/${v.name}`, crd.spec.names.kind), {
          schema, clusterScoped: crd.spec.scope === 'Cluster', source: path.relative(SHARED_DIR, file),
        });
      }
    }
  }
  map.set(keyOf('cls.cloud.tencent.com/v1', 'LogConfig'), {
    schema: logConfigSchema(meta), clusterScoped: true, source: 'test/support/schemas.ts (from crds/tencent-tke/LogConfig.md)',
  });
  registry = map;
  return map;
}

function entryFor(obj: Json): Entry {
  const apiVersion = obj?.apiVersion;
  const kind = obj?.kind;
  const entry = typeof apiVersion === 'string' && typeof kind === 'string' ? load().get(keyOf(apiVersion, kind)) : undefined;
  if (!entry) {
    throw new Error(`no schema for apiVersion=${JSON.stringify(apiVersion)} kind=${JSON.stringify(kind)}; every emitted object must have one (add it to test/support/schemas.ts)`);
  }
  return entry;
}

/** Whether the object's kind is cluster-scoped (throws when no schema knows the kind). */
export function isClusterScoped(obj: Json): boolean {
  return entryFor(obj).clusterScoped;
}

/** The apiVersion/kind pairs a schema exists for. */
export function knownKinds(): string[] {
  return [...load().keys()].sort();
}

/** Options of `validateObject`. */
export interface ValidateOptions {
  /** Also require namespaced objects to carry `metadata.namespace` (kubeward's constructs always write it). */
  readonly requireNamespace?: boolean;
}

/**
 * Errors of one object against its schema (empty when valid), plus a scope error when a
 * cluster-scoped object carries a namespace. Throws when no schema exists for it.
 */
export function validateObject(obj: Json, options: ValidateOptions = {}): string[] {
  // Without the schemas the suite already shows this check as skipped (SCHEMAS_PRESENT).
  if (!SCHEMAS_PRESENT) return [];
  const entry = entryFor(obj);
  if (!entry.validate) {
    ajv = ajv ?? makeAjv();
    entry.validate = ajv.compile(entry.schema);
  }
  const errors: string[] = [];
  // A v1 object validated against the v1beta1 file: compare everything but the version.
  const subject = obj.apiVersion === 'admissionregistration.k8s.io/v1' ? { ...obj, apiVersion: 'admissionregistration.k8s.io/v1beta1' } : obj;
  if (!entry.validate(subject)) {
    for (const e of entry.validate.errors ?? []) {
      errors.push(`${e.instancePath || '/'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
    }
  }
  if (entry.clusterScoped && obj.metadata?.namespace !== undefined) {
    errors.push(`/metadata/namespace ${obj.kind} is cluster-scoped and must not carry a namespace`);
  }
  if (options.requireNamespace && !entry.clusterScoped && (typeof obj.metadata?.namespace !== 'string' || obj.metadata.namespace === '')) {
    errors.push(`/metadata/namespace ${obj.kind} is namespaced; kubeward always writes the namespace explicitly`);
  }
  return errors;
}

/** Asserts that every object validates (reports all errors, keyed by kind/name). */
export function expectSchemaValid(objects: ReadonlyArray<Json>, options: ValidateOptions = {}): void {
  const problems: string[] = [];
  for (const o of objects) {
    for (const e of validateObject(o, options)) problems.push(`${o.kind}/${o.metadata?.name}: ${e}`);
  }
  expect(problems).toEqual([]);
}
