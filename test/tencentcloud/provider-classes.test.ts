import * as fs from 'fs';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as ts from 'typescript';
import { checkInputs, loadSubset } from './subset';

interface Registered { type: string; name: string; inputs: Record<string, unknown> }
const registered: Registered[] = [];

void pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      return { id: `${args.name}-id`, state: { ...args.inputs, kubeConfig: 'apiVersion: v1', kubeConfigIntranet: 'apiVersion: v1' } };
    },
    call: (args) => args.inputs,
  },
  'tencentcloud',
  'test',
  false,
);

// The module under test is loaded after setMocks, as Pulumi's mock guidance requires.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tc = require('../../lib/tencentcloud') as typeof import('../../lib/tencentcloud');

const subset = loadSubset();
const LIB = path.resolve(__dirname, '../../lib/tencentcloud');

type ResourceClass = (new (name: string, args: any, opts?: pulumi.CustomResourceOptions) => pulumi.CustomResource) & { __pulumiType: string };

/** Every resource class exported by lib/tencentcloud, with the module namespace it sits in. */
function classes(): Array<{ ns: string; name: string; cls: ResourceClass }> {
  const out: Array<{ ns: string; name: string; cls: ResourceClass }> = [];
  for (const [ns, mod] of Object.entries(tc)) {
    if (typeof mod !== 'object' || mod === null) continue;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && typeof (value as any).__pulumiType === 'string') out.push({ ns, name, cls: value as ResourceClass });
    }
  }
  return out;
}

/** Source files of the folder, parsed. */
function sources(): ts.SourceFile[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  walk(LIB);
  return files.map((f) => ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
}

/** Interfaces declared in the folder: name to { file, members: name to [optional, type text] }. */
function interfaces(): Map<string, { module: string; members: Map<string, { optional: boolean; type: string }> }> {
  const out = new Map<string, { module: string; members: Map<string, { optional: boolean; type: string }> }>();
  for (const sf of sources()) {
    const module = path.relative(LIB, path.dirname(sf.fileName));
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const members = new Map<string, { optional: boolean; type: string }>();
      for (const m of st.members) {
        if (ts.isPropertySignature(m) && m.type) {
          members.set(m.name.getText(sf), { optional: !!m.questionToken, type: m.type.getText(sf).replace(/\s+/g, '') });
        }
      }
      out.set(`${module}/${st.name.text}`, { module, members });
    }
  }
  return out;
}

/**
 * The provider type string a declared TypeScript input type stands for, or undefined when the
 * declaration does not follow the SDK's wrapping (every value and list element a pulumi.Input).
 */
function canonical(typeText: string, module: string, moduleName: string): string | undefined {
  const prim = '(string|number|boolean)';
  let m = new RegExp(`^pulumi\\.Input<${prim}>$`).exec(typeText);
  if (m) return m[1];
  m = new RegExp(`^pulumi\\.Input<pulumi\\.Input<${prim}>\\[\\]>$`).exec(typeText);
  if (m) return `${m[1]}[]`;
  if (typeText === 'pulumi.Input<{[key:string]:pulumi.Input<string>}>') return '{[key: string]: string}';
  m = /^pulumi\.Input<pulumi\.Input<([A-Z]\w*)>\[\]>$/.exec(typeText);
  if (m) return `${moduleName}.${m[1]}[]`;
  m = /^pulumi\.Input<([A-Z]\w*)>$/.exec(typeText);
  if (m) return `${moduleName}.${m[1]}`;
  void module;
  return undefined;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

/** A valid dummy value of a provider type: required fields only, first allowed value. */
function dummy(type: string, allowed?: readonly unknown[]): unknown {
  if (allowed && allowed.length > 0) return allowed[0];
  const nested = /^([A-Z]\w*\.[A-Z]\w*)(\[\])?$/.exec(type);
  if (nested) {
    const obj = requiredOf(subset.types[nested[1]]);
    return nested[2] ? [obj] : obj;
  }
  if (type.endsWith('[]')) return [];
  if (type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'string') return 'x';
  return {};
}

function requiredOf(fields: Record<string, { type: string; required: boolean; allowedValues?: readonly unknown[] }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(fields)) if (f.required) out[k] = dummy(f.type, f.allowedValues);
  return out;
}

/** Valid dummy values for the required inputs of a resource. */
function requiredArgs(type: string): Record<string, unknown> {
  return requiredOf(subset.resources[type].inputs);
}

describe('lib/tencentcloud thin classes |', () => {
  const all = classes();
  const decls = interfaces();

  test('the classes are exactly the tokens kubeward registers, each in its SDK module', () => {
    expect(all.map((c) => c.cls.__pulumiType).sort()).toEqual([
      'tencentcloud:Cls/logset:Logset',
      'tencentcloud:Cls/topic:Topic',
      'tencentcloud:Cos/bucket:Bucket',
      'tencentcloud:Events/auditTrack:AuditTrack',
      'tencentcloud:Kms/key:Key',
      'tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation',
      'tencentcloud:Kubernetes/cluster:Cluster',
      'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint',
      'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection',
      'tencentcloud:Kubernetes/logConfig:LogConfig',
      'tencentcloud:Kubernetes/nodePool:NodePool',
      'tencentcloud:Monitor/alarmNotice:AlarmNotice',
      'tencentcloud:Monitor/alarmPolicy:AlarmPolicy',
      'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup',
      'tencentcloud:Monitor/tmpInstance:TmpInstance',
      'tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent',
      'tencentcloud:Security/group:Group',
      'tencentcloud:Security/groupRuleSet:GroupRuleSet',
      'tencentcloud:Subnet/instance:Instance',
      'tencentcloud:Tcr/namespace:Namespace',
      'tencentcloud:Vpc/instance:Instance',
    ]);
    for (const { ns, name, cls } of all) {
      const res = subset.resources[cls.__pulumiType];
      expect(res).toBeDefined();
      expect(`${ns}.${name}`).toBe(`${res.module.toLowerCase()}.${res.className}`);
    }
  });

  test('one class per file, and the folder imports nothing but @pulumi/pulumi and itself', () => {
    for (const sf of sources()) {
      const classCount = sf.statements.filter((s) => ts.isClassDeclaration(s)).length;
      expect(classCount).toBeLessThanOrEqual(1);
      for (const st of sf.statements) {
        if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier) {
          const spec = (st.moduleSpecifier as ts.StringLiteral).text;
          expect(spec === '@pulumi/pulumi' || spec.startsWith('.')).toBe(true);
        }
      }
    }
  });

  test.each(classes().map((c) => [c.cls.__pulumiType, c] as const))('%s: every declared input exists with the provider type, required ones are required', (type, c) => {
    const res = subset.resources[type];
    const args = decls.get(`${res.module.toLowerCase()}/${c.name}Args`);
    expect(args).toBeDefined();
    const problems: string[] = [];
    for (const [name, m] of args!.members) {
      const fact = res.inputs[name];
      if (!fact) {
        problems.push(`${name}: not an input of ${type}`);
        continue;
      }
      const t = canonical(m.type, args!.module, res.module);
      if (t !== fact.type) problems.push(`${name}: declared ${m.type}, provider type ${fact.type}`);
      if (m.optional === fact.required) problems.push(`${name}: declared ${m.optional ? 'optional' : 'required'}, provider says ${fact.required ? 'required' : 'optional'}`);
    }
    // The SDK declares every input; so do we, so a user can set anything the provider takes.
    for (const name of Object.keys(res.inputs)) if (!args!.members.has(name)) problems.push(`${name}: provider input not declared`);
    expect(problems).toEqual([]);
  });

  test('every nested input type matches the provider type of the same name', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [key, decl] of decls) {
      const name = key.split('/')[1];
      const res = Object.values(subset.resources).find((r) => r.module.toLowerCase() === decl.module);
      if (!res || name.endsWith('Args') || name === 'ClusterWorkerInstancesList' || name === 'GetInfoResult') continue;
      const fact = subset.types[`${res.module}.${name}`];
      if (!fact) {
        problems.push(`${key}: no provider type ${res.module}.${name}`);
        continue;
      }
      checked++;
      for (const [field, m] of decl.members) {
        const f = fact[field];
        if (!f) problems.push(`${key}.${field}: not a field of the provider type`);
        else if (canonical(m.type, decl.module, res.module) !== f.type) problems.push(`${key}.${field}: declared ${m.type}, provider type ${f.type}`);
        else if (m.optional === f.required) problems.push(`${key}.${field}: optionality differs`);
      }
      for (const field of Object.keys(fact)) if (!decl.members.has(field)) problems.push(`${key}.${field}: provider field not declared`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  test.each(classes().map((c) => [c.cls.__pulumiType, c] as const))('%s: the constructor sends exactly the declared inputs, and declares the outputs', async (type, c) => {
    const res = subset.resources[type];
    const read = new Set<string>();
    const args = new Proxy(requiredArgs(type), {
      get(target, key) {
        if (typeof key === 'string') read.add(key);
        return (target as any)[key];
      },
    });
    const r = new c.cls(`probe-${c.name}`, args) as any;
    expect([...read].sort()).toEqual(Object.keys(res.inputs).sort());
    for (const name of [...Object.keys(res.inputs), ...Object.keys(res.outputs)]) {
      expect(pulumi.Output.isInstance(r[name])).toBe(true);
    }
    await settle();
  });

  test.each(classes().map((c) => [c.cls.__pulumiType, c] as const))('%s: registers its token with the SDK resource options', async (type, c) => {
    registered.length = 0;
    const r = new c.cls(`opts-${c.name}`, requiredArgs(type)) as any;
    await settle();
    expect(registered.map((x) => x.type)).toEqual([type]);
    expect(checkInputs(subset, type, registered[0].inputs)).toEqual([]);
    expect(r.__version).toBe(subset.provider.version);
    expect(r.__pluginDownloadURL).toBe(subset.provider.pluginDownloadURL);
    expect(c.cls.__pulumiType).toBe(type);
    expect((c.cls as any).isInstance(r)).toBe(true);
  });

  const withRequired = classes().filter((c) => Object.values(subset.resources[c.cls.__pulumiType].inputs).some((f) => f.required));
  test.each(withRequired.map((c) => [c.cls.__pulumiType, c] as const))(
    '%s: refuses a missing required input like the SDK',
    (type, c) => {
      const first = Object.entries(subset.resources[type].inputs).find(([, f]) => f.required)![0];
      const args = requiredArgs(type);
      delete args[first];
      expect(() => new c.cls(`missing-${c.name}`, args)).toThrow(`Missing required property '${first}'`);
    },
  );

  test('user options win over the defaults, as with pulumi.mergeOptions in the SDK', async () => {
    const vpc = new tc.vpc.Instance('pinned', { cidrBlock: '10.0.0.0/16' }, { version: '0.2.2' }) as any;
    expect(vpc.__version).toBe('0.2.2');
    expect(vpc.__pluginDownloadURL).toBe(subset.provider.pluginDownloadURL);
    await settle();
  });

  test('the outputs the SDK marks secret are registered as additional secret outputs', () => {
    // Mocks do not apply additionalSecretOutputs (the engine does), so read the options the
    // classes hand to the Resource constructor.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const provider = require('../../lib/tencentcloud/provider') as typeof import('../../lib/tencentcloud/provider');
    const spy = jest.spyOn(provider, 'providerOptions');
    try {
      for (const c of classes()) {
        spy.mockClear();
        new c.cls(`secret-${c.name}`, requiredArgs(c.cls.__pulumiType));
        const opts = spy.mock.results[0].value as pulumi.CustomResourceOptions;
        const expected = subset.resources[c.cls.__pulumiType].secretOutputs ?? [];
        expect([c.cls.__pulumiType, opts.additionalSecretOutputs ?? []]).toEqual([c.cls.__pulumiType, expected]);
        expect(opts.version).toBe(subset.provider.version);
      }
    } finally {
      spy.mockRestore();
    }
    // The provider does not mark the cluster's password secret; the facts say so and we match them.
    expect(subset.resources['tencentcloud:Kubernetes/cluster:Cluster'].secretOutputs).not.toContain('password');
  });
});
