// The generated classes of lib/tencentcloud against the provider facts: one class per resource of the
// facts, each in its SDK module, declaring exactly the provider's inputs (type and optionality) and
// nested types, sending exactly those inputs, registering its token with the SDK's resource options,
// refusing a missing required input as the SDK does, and marking the SDK's secret outputs.
import * as fs from 'fs';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as ts from 'typescript';
import { checkInputs, loadSubset } from './subset';

interface Registered { type: string; name: string; id?: string; inputs: Record<string, unknown> }
const registered: Registered[] = [];
const calls: Array<{ token: string; inputs: Record<string, unknown> }> = [];

void pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push({ type: args.type, name: args.name, id: args.id, inputs: args.inputs });
      return { id: args.id ?? `${args.name}-id`, state: { ...args.inputs, kubeConfig: 'apiVersion: v1', kubeConfigIntranet: 'apiVersion: v1' } };
    },
    call: (args) => {
      calls.push({ token: args.token, inputs: args.inputs });
      return { appId: '1250000000', id: 'user-info', name: '', ownerUin: '1', uin: '1' };
    },
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

interface Member { optional: boolean; type: string }
interface Declared { folder: string; file: string; base?: string; members: Map<string, Member> }

/**
 * Interfaces declared in the folder, by `<folder>/<Name>`. Input shapes are written plainly inside
 * `extends Inputs<{ ... }>` (their wrapping in pulumi.Input is the runtime's, checked in
 * types.test.ts); a nested type that is the twin of another is `extends Other {}`, recorded as its base.
 */
function interfaces(): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const sf of sources()) {
    const folder = path.relative(LIB, path.dirname(sf.fileName));
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const members = new Map<string, Member>();
      const collect = (list: ts.NodeArray<ts.TypeElement>): void => {
        for (const m of list) {
          if (ts.isPropertySignature(m) && m.type) members.set(m.name.getText(sf), { optional: !!m.questionToken, type: m.type.getText(sf).replace(/\s+/g, '') });
        }
      };
      collect(st.members);
      let base: string | undefined;
      for (const h of st.heritageClauses?.flatMap((c) => c.types) ?? []) {
        const name = h.expression.getText(sf);
        const shape = h.typeArguments?.[0];
        if (name === 'Inputs' && shape && ts.isTypeLiteralNode(shape)) collect(shape.members);
        else if (name !== 'Inputs' && name !== 'OutputsOf') base = name;
      }
      out.set(`${folder}/${st.name.text}`, { folder, file: path.basename(sf.fileName), base, members });
    }
  }
  return out;
}

/** The members of a declared interface: its twin's when it only extends one. */
function membersOf(decls: Map<string, Declared>, key: string): Map<string, Member> {
  const d = decls.get(key)!;
  return d.base && d.members.size === 0 ? membersOf(decls, `${d.folder}/${d.base}`) : d.members;
}

/** Whether nested type `name` is `other`, or declared as its twin (`name extends other {}`, at any depth). */
function isTwinOf(decls: Map<string, Declared>, folder: string, name: string, other: string): boolean {
  if (name === other) return true;
  const d = decls.get(`${folder}/${name}`);
  return !!d?.base && d.members.size === 0 && isTwinOf(decls, folder, d.base, other);
}

/** The provider type string a plainly written input field stands for, or undefined when it is none. */
function canonical(typeText: string, moduleName: string): string | undefined {
  if (/^(string|number|boolean)(\[\])?$/.test(typeText)) return typeText;
  if (typeText === 'StringMap') return '{[key: string]: string}';
  const m = /^([A-Z]\w*)(\[\])?$/.exec(typeText);
  return m ? `${moduleName}.${m[1]}${m[2] ?? ''}` : undefined;
}

const REF = /^([A-Z]\w*)\.([A-Z]\w*)(\[\])?$/;

/** Problems between declared members and the provider's fields: names, types, optionality. */
function compareMembers(
  decls: Map<string, Declared>,
  moduleName: string,
  at: string,
  members: Map<string, Member>,
  facts: Record<string, { type: string; required: boolean }>,
): string[] {
  const folder = moduleName.toLowerCase();
  const problems: string[] = [];
  for (const [name, m] of members) {
    const fact = facts[name];
    if (!fact) {
      problems.push(`${at}.${name}: not a provider input`);
      continue;
    }
    const t = canonical(m.type, moduleName);
    const declared = t === undefined ? null : REF.exec(t);
    const expected = REF.exec(fact.type);
    // A nested type may be declared as its twin (the same fields to the letter), which the generator shares.
    const twin = !!declared && !!expected && declared[3] === expected[3] && isTwinOf(decls, folder, expected[2], declared[2]);
    if (t !== fact.type && !twin) problems.push(`${at}.${name}: declared ${m.type}, provider type ${fact.type}`);
    if (m.optional === fact.required) problems.push(`${at}.${name}: declared ${m.optional ? 'optional' : 'required'}, provider says ${fact.required ? 'required' : 'optional'}`);
  }
  // The SDK declares every input; so do we, so a user can set anything the provider takes.
  for (const name of Object.keys(facts)) if (!members.has(name)) problems.push(`${at}.${name}: provider input not declared`);
  return problems;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

/** A valid dummy value of a provider type: required fields only, first allowed value. */
function dummy(type: string, allowed?: readonly unknown[]): unknown {
  if (allowed && allowed.length > 0) return allowed[0];
  const nested = REF.exec(type);
  if (nested) {
    const obj = requiredOf(subset.types[`${nested[1]}.${nested[2]}`]);
    return nested[3] ? [obj] : obj;
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

  test('there is one class for every resource of the provider facts, each in its SDK module', () => {
    expect(all.map((c) => c.cls.__pulumiType).sort()).toEqual(Object.keys(subset.resources).sort());
    for (const { ns, name, cls } of all) {
      const res = subset.resources[cls.__pulumiType];
      expect(`${ns}.${name}`).toBe(`${res.module.toLowerCase()}.${res.className}`);
    }
  });

  test('what lib/cluster and the examples use stays exported under its SDK name', () => {
    // The names the components import: a rename in the facts must not silently break them.
    expect(tc.kubernetes.Cluster.__pulumiType).toBe('tencentcloud:Kubernetes/cluster:Cluster');
    expect(tc.vpc.Instance.__pulumiType).toBe('tencentcloud:Vpc/instance:Instance');
    expect(tc.subnet.Instance.__pulumiType).toBe('tencentcloud:Subnet/instance:Instance');
    expect(typeof tc.user.getInfoOutput).toBe('function');
    expect(tc.TENCENTCLOUD_PROVIDER_VERSION).toBe(subset.provider.version);
    expect(tc.TENCENTCLOUD_PLUGIN_DOWNLOAD_URL).toBe(subset.provider.pluginDownloadURL);
  });

  // That the folder imports nothing but @pulumi/pulumi and its own files is an ESLint wall
  // (projenrc/architecture.ts), proven by test/architecture.test.ts.
  test('one class per file', () => {
    for (const sf of sources()) {
      const classCount = sf.statements.filter((s) => ts.isClassDeclaration(s)).length;
      expect([sf.fileName, classCount <= 1]).toEqual([sf.fileName, true]);
    }
  });

  test.each(classes().map((c) => [c.cls.__pulumiType, c] as const))('%s: every declared input exists with the provider type, required ones are required', (type, c) => {
    const res = subset.resources[type];
    const key = `${res.module.toLowerCase()}/${c.name}Args`;
    expect(decls.has(key)).toBe(true);
    expect(compareMembers(decls, res.module, `${c.name}Args`, membersOf(decls, key), res.inputs)).toEqual([]);
  });

  test('every nested input type of the facts is declared in its module, with the provider fields', () => {
    const problems: string[] = [];
    for (const [key, fields] of Object.entries(subset.types)) {
      const [moduleName, name] = key.split('.');
      const declKey = `${moduleName.toLowerCase()}/${name}`;
      const d = decls.get(declKey);
      if (!d || d.file !== 'types.ts') {
        problems.push(`${key}: not declared in ${moduleName.toLowerCase()}/types.ts`);
        continue;
      }
      problems.push(...compareMembers(decls, moduleName, key, membersOf(decls, declKey), fields));
    }
    // And nothing else is declared in the types files but the facts' nested and output types.
    const known = new Set([...Object.keys(subset.types), ...Object.keys(subset.outputTypes ?? {})].map((k) => `${k.split('.')[0].toLowerCase()}/${k.split('.')[1]}`));
    for (const [key, d] of decls) if (d.file === 'types.ts' && !known.has(key)) problems.push(`${key}: not a type of the facts`);
    expect(problems).toEqual([]);
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
      expect([name, pulumi.Output.isInstance(r[name])]).toEqual([name, true]);
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

  const withoutRequired = classes().filter((c) => !Object.values(subset.resources[c.cls.__pulumiType].inputs).some((f) => f.required));
  test.each(withoutRequired.map((c) => [c.cls.__pulumiType, c] as const))('%s: takes no args at all, as in the SDK', async (_type, c) => {
    const bare = c.cls as unknown as new (name: string) => pulumi.CustomResource;
    expect(() => new bare(`bare-${c.name}`)).not.toThrow();
    await settle();
  });

  test('isInstance tells the classes apart by token', async () => {
    const topic = new tc.cls.Topic('is-topic', { logsetId: 'ls', topicName: 't' });
    const logset = new tc.cls.Logset('is-logset', { logsetName: 'l' });
    expect([tc.cls.Topic.isInstance(topic), tc.cls.Topic.isInstance(logset), tc.cls.Logset.isInstance(logset)]).toEqual([true, false, true]);
    const lookalike = { __pulumiType: tc.cls.Topic.__pulumiType };
    expect([tc.cls.Topic.isInstance(undefined), tc.cls.Topic.isInstance({}), tc.cls.Topic.isInstance(lookalike)]).toEqual([false, false, true]);
    await settle();
  });

  test('get reads an existing resource by id without its required inputs, seeding outputs from the state', async () => {
    registered.length = 0;
    const read = tc.cls.Logset.get('existing', 'logset-123', { logsetName: 'l' });
    await settle();
    expect(tc.cls.Logset.isInstance(read)).toBe(true);
    expect(registered.map((r) => [r.type, r.id, r.inputs.logsetName])).toEqual([['tencentcloud:Cls/logset:Logset', 'logset-123', 'l']]);
    expect(await new Promise((resolve) => read.id.apply(resolve))).toBe('logset-123');
  });

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

  test('the data sources call their token with the declared inputs and the SDK defaults under the caller options', async () => {
    const spy = jest.spyOn(pulumi.runtime, 'invokeOutput');
    try {
      calls.length = 0;
      const info = tc.user.getInfoOutput({ resultOutputFile: 'out.json' }, { version: '0.2.2' });
      expect(await new Promise((resolve) => info.appId.apply(resolve))).toBe('1250000000');
      expect(calls).toEqual([{ token: 'tencentcloud:User/getInfo:getInfo', inputs: { resultOutputFile: 'out.json' } }]);
      const [token, , opts] = spy.mock.calls[0];
      expect([token, opts?.version, opts?.pluginDownloadURL]).toEqual([tc.user.GET_INFO_TOKEN, '0.2.2', subset.provider.pluginDownloadURL]);
      const invoke = subset.invokes?.[tc.user.GET_INFO_TOKEN];
      expect(invoke && Object.keys(invoke.inputs)).toEqual(['resultOutputFile']);
    } finally {
      spy.mockRestore();
    }
    const plain = await tc.user.getInfo();
    expect(plain.uin).toBe('1');
  });
});
