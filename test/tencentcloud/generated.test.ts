// lib/tencentcloud is generated from the provider facts: the committed files must be exactly what
// scripts/gen-tencentcloud.ts writes from providers/tencentcloud/provider-subset.json (run
// `npm run gen:tencentcloud` after editing the facts), and the generator must refuse facts it
// cannot render faithfully instead of writing something weaker.
import * as fs from 'fs';
import * as path from 'path';
import { classFileOf, type Facts, GENERATED_HEADER, generate, generatedFilesIn, loadFacts, OUT_DIR } from '../../scripts/gen-tencentcloud';

/** Every .ts file under lib/tencentcloud, relative to it. */
function allFiles(dir = OUT_DIR, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return allFiles(path.join(dir, e.name), rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  }).sort();
}

/** A deep copy of the facts, to edit. */
function copy(facts: Facts): any {
  return JSON.parse(JSON.stringify(facts));
}

describe('lib/tencentcloud is generated from the provider facts |', () => {
  const facts = loadFacts();
  const files = generate(facts);

  test('every generated file is committed exactly as scripts/gen-tencentcloud.ts writes it (run `npm run gen:tencentcloud`)', () => {
    const stale = [...files].filter(([rel, text]) => !fs.existsSync(path.join(OUT_DIR, rel)) || fs.readFileSync(path.join(OUT_DIR, rel), 'utf8') !== text).map(([rel]) => rel);
    expect(stale).toEqual([]);
  });

  test('the folder holds the generated files and the hand-written runtime, nothing else', () => {
    // A file the facts no longer produce (a resource removed or renamed) must be gone too.
    // Compared as sets: `index_.ts` sorts differently by code unit and by locale.
    expect(generatedFilesIn(OUT_DIR)).toEqual([...files.keys()].sort());
    expect(allFiles().filter((f) => !files.has(f))).toEqual(['resource.ts']);
    expect(fs.readFileSync(path.join(OUT_DIR, 'resource.ts'), 'utf8').startsWith(GENERATED_HEADER)).toBe(false);
  });

  test('one file per resource and data source, in its SDK module, plus module indexes and nested types', () => {
    for (const r of Object.values(facts.resources)) {
      const file = `${r.module.toLowerCase()}/${classFileOf(r.className)}.ts`;
      expect([file, files.get(file)?.includes(`export class ${r.className} extends TencentCloudResource`)]).toEqual([file, true]);
      expect(files.get(`${r.module.toLowerCase()}/index.ts`)).toContain(`export * from './${path.basename(file, '.ts')}';`);
    }
    for (const key of Object.keys(facts.types)) {
      const [module, name] = key.split('.');
      expect([key, files.get(`${module.toLowerCase()}/types.ts`)?.includes(`export interface ${name} `)]).toEqual([key, true]);
    }
    expect(files.get('provider.ts')).toContain(`TENCENTCLOUD_PROVIDER_VERSION = '${facts.provider.version}'`);
    expect(files.get('provider.ts')).toContain(`TENCENTCLOUD_PLUGIN_DOWNLOAD_URL = '${facts.provider.pluginDownloadURL}'`);
  });

  test('a class named Index gets the SDK\'s index_.ts, so it never overwrites the module index', () => {
    expect(classFileOf('Index')).toBe('index_');
    expect(classFileOf('ClusterEndpoint')).toBe('cluster-endpoint');
    expect(files.get('cls/index_.ts')).toContain("public static readonly __pulumiType = 'tencentcloud:Cls/index:Index';");
    expect(files.get('cls/index.ts')).toContain("export * from './index_';");
    expect(files.get('cls/index.ts')).not.toContain('extends TencentCloudResource');
  });

  test('the generator is deterministic', () => {
    expect([...generate(loadFacts())]).toEqual([...files]);
  });

  test('every input carries its description, flags and default as TSDoc', () => {
    const topic = files.get('cls/topic.ts')!;
    expect(topic).toContain('   * Partition count (default 1, max 10).\n   * It cannot be changed once set: the provider refuses the update.\n   * @default 1 - the provider\'s documented default.\n   */\n  partitionCount?: number;');
    const namespace = files.get('tcr/namespace.ts')!;
    expect(namespace).toContain('   * One of: `low`, `medium`, `high`.');
    expect(namespace).toMatch(/Changing it replaces the resource \(ForceNew\)\.\n {3}\*\/\n {2}instanceId: string;/);
    expect(files.get('kubernetes/cluster.ts')).toContain('   * @deprecated DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup.');
  });

  test('nested types with the same fields to the letter are declared once; a difference in one description keeps them apart', () => {
    expect(files.get('security/types.ts')).toContain('export interface GroupRuleSetIngress extends GroupRuleSetEgress {}');
    const edited = copy(facts);
    const first = Object.keys(edited.types['Security.GroupRuleSetIngress'])[0];
    edited.types['Security.GroupRuleSetIngress'][first].description += ' (ingress)';
    const types = generate(edited).get('security/types.ts')!;
    expect(types).not.toContain('GroupRuleSetIngress extends GroupRuleSetEgress');
    expect(types).toContain('export interface GroupRuleSetIngress extends Inputs<{');
  });

  test('a shared twin shares the nested types it names, so every field names (a twin of) the type the facts name', () => {
    const monitor = files.get('monitor/types.ts')!;
    expect(monitor).toContain('export interface AlarmPolicyEventCondition extends AlarmPolicyConditionsRule {}');
    expect(monitor).toContain('export interface AlarmPolicyEventConditionFilter extends AlarmPolicyConditionsRuleFilter {}');
  });

  test('facts it cannot render faithfully are refused, naming the resource or type', () => {
    const badToken = copy(facts);
    badToken.resources['tencentcloud:Cls/topic:Topic'].className = 'Topics';
    expect(() => generate(badToken)).toThrow('tencentcloud:Cls/topic:Topic: module Cls and class Topics do not spell the token');

    const badType = copy(facts);
    badType.resources['tencentcloud:Cls/topic:Topic'].inputs.period.type = 'integer';
    expect(() => generate(badType)).toThrow('unsupported provider type integer');

    const missingType = copy(facts);
    missingType.resources['tencentcloud:Cls/topic:Topic'].inputs.period.type = 'Cls.Nowhere';
    expect(() => generate(missingType)).toThrow('tencentcloud:Cls/topic:Topic: unknown type Cls.Nowhere');

    const crossModule = copy(facts);
    crossModule.resources['tencentcloud:Cls/topic:Topic'].inputs.extends.type = 'Cos.BucketWebsite';
    expect(() => generate(crossModule)).toThrow('Cos.BucketWebsite: nested types of another module are not supported');

    const badSecret = copy(facts);
    badSecret.resources['tencentcloud:Cls/topic:Topic'].secretOutputs = ['nothing'];
    expect(() => generate(badSecret)).toThrow('tencentcloud:Cls/topic:Topic: secret output nothing is not a property');
  });

  test('a resource added to the facts gets its class, its module index entry and its SDK options', () => {
    const added = copy(facts);
    added.resources['tencentcloud:Cls/dataTransform:DataTransform'] = {
      module: 'Cls',
      className: 'DataTransform',
      file: 'sdk/nodejs/cls/dataTransform.ts',
      terraformResource: 'tencentcloud_cls_data_transform',
      description: 'A CLS data processing task.',
      inputs: { srcTopicId: { type: 'string', required: true, description: 'Source topic.' } },
      outputs: {},
    };
    const out = generate(added);
    expect(out.get('cls/data-transform.ts')).toContain("public static readonly __pulumiType = 'tencentcloud:Cls/dataTransform:DataTransform';");
    expect(out.get('cls/data-transform.ts')).toContain("required: 'srcTopicId',");
    expect(out.get('cls/index.ts')).toContain("export * from './data-transform';");
  });
});
