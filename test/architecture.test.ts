// The dependency walls of lib/ are ESLint rules (projenrc/architecture.ts -> .eslintrc.json), and
// `npm test` lints every file. This suite proves the rules bite: it plants one violation of every
// wall (the source is handed to ESLint with a path inside the real folder, so nothing is written
// to disk) and expects the wall's rule to report it, and it checks that what the walls allow still
// passes. A broken or loosened config fails here, not in review.
import * as fs from 'fs';
import * as path from 'path';
import { Linter, loadESLint } from 'eslint';
import { WORLDS, placedRooms } from '../projenrc/architecture';

const root = path.resolve(__dirname, '..');
/** The rules that make up the walls, plus no-unresolved so a planted import that stops resolving fails loudly. */
const WALL_RULES = ['no-restricted-imports', 'import/no-restricted-paths', 'import/no-cycle', 'import/no-unresolved'];

interface Plant {
  /** The wall (world of projenrc/architecture.ts) the plant breaks. */
  readonly world: keyof typeof WORLDS;
  /** Path of the planted file, relative to the repository (an existing file's path replaces its content). */
  readonly file: string;
  /** The import statement planted. */
  readonly code: string;
  /** The rule that must report it. */
  readonly rule: string;
}

const CDK8S_ROOMS = WORLDS.cdk8s.rooms;
const PLANTS: Plant[] = [
  // The engine: neither framework, no room but lib/core.
  { world: 'engine', file: 'lib/policy/planted.ts', code: "import { App } from 'cdk8s';", rule: 'no-restricted-imports' },
  { world: 'engine', file: 'lib/policy/rules/pod/planted.ts', code: "import { Construct } from 'constructs';", rule: 'no-restricted-imports' },
  { world: 'engine', file: 'lib/policy/model/planted.ts', code: "import { k8s } from 'cdk8s-plus-28';", rule: 'no-restricted-imports' },
  { world: 'engine', file: 'lib/policy/planted.ts', code: "import * as pulumi from '@pulumi/pulumi';", rule: 'no-restricted-imports' },
  { world: 'engine', file: 'lib/policy/planted.ts', code: "import type { PolicyPack } from '@pulumi/policy';", rule: 'no-restricted-imports' },
  { world: 'engine', file: 'lib/policy/planted.ts', code: "import { SecureTenant } from '../tenancy/secure-tenant';", rule: 'import/no-restricted-paths' },
  { world: 'engine', file: 'lib/policy/input/planted.ts', code: "import type { HardenedPodProps } from '../../workloads/pod-props';", rule: 'import/no-restricted-paths' },
  // The CLI: the engine only.
  { world: 'cli', file: 'lib/cli/planted.ts', code: "import { App } from 'cdk8s';", rule: 'no-restricted-imports' },
  { world: 'cli', file: 'lib/cli/planted.ts', code: "import { auditApp } from '../integrations/cdk8s';", rule: 'import/no-restricted-paths' },
  // lib/core: neither framework; of the rooms only the engine's model.
  { world: 'core', file: 'lib/core/planted.ts', code: "import { Chart } from 'cdk8s';", rule: 'no-restricted-imports' },
  { world: 'core', file: 'lib/core/planted.ts', code: "import * as pulumi from '@pulumi/pulumi';", rule: 'no-restricted-imports' },
  { world: 'core', file: 'lib/core/planted.ts', code: "import { ITenant } from '../tenancy/tenant-ref';", rule: 'import/no-restricted-paths' },
  { world: 'core', file: 'lib/core/planted.ts', code: "import { audit } from '../policy/engine';", rule: 'import/no-restricted-paths' },
  // lib/tencentcloud: @pulumi/pulumi and its own files, nothing else.
  { world: 'tencentcloud', file: 'lib/tencentcloud/planted.ts', code: "import * as k8s from '@pulumi/kubernetes';", rule: 'no-restricted-imports' },
  { world: 'tencentcloud', file: 'lib/tencentcloud/vpc/planted.ts', code: "import { parse } from 'yaml';", rule: 'no-restricted-imports' },
  { world: 'tencentcloud', file: 'lib/tencentcloud/planted.ts', code: "import { KubewardError } from '../core/errors';", rule: 'import/no-restricted-paths' },
  // Every cdk8s room: no Pulumi package, no Pulumi-side room.
  ...CDK8S_ROOMS.flatMap((room): Plant[] => [
    { world: 'cdk8s', file: `lib/${room}/planted.ts`, code: "import * as pulumi from '@pulumi/pulumi';", rule: 'no-restricted-imports' },
    { world: 'cdk8s', file: `lib/${room}/planted.ts`, code: "import { tencentcloud } from '../tencentcloud';", rule: 'import/no-restricted-paths' },
  ]),
  { world: 'cdk8s', file: 'lib/tenancy/planted.ts', code: "import { MultiZoneCluster } from '../cluster/multi-zone-cluster';", rule: 'import/no-restricted-paths' },
  { world: 'cdk8s', file: 'lib/workloads/planted.ts', code: "import { kubewardPolicies } from '../crossguard/policies';", rule: 'import/no-restricted-paths' },
  { world: 'cdk8s', file: 'lib/network/planted.ts', code: "import { PlatformRelease } from '../delivery/platform-release';", rule: 'import/no-restricted-paths' },
  // The Pulumi side: no cdk8s package, no cdk8s room.
  { world: 'pulumi', file: 'lib/cluster/planted.ts', code: "import { Chart } from 'cdk8s';", rule: 'no-restricted-imports' },
  { world: 'pulumi', file: 'lib/crossguard/planted.ts', code: "import { Construct } from 'constructs';", rule: 'no-restricted-imports' },
  { world: 'pulumi', file: 'lib/cluster/planted.ts', code: "import { SecureTenant } from '../tenancy/secure-tenant';", rule: 'import/no-restricted-paths' },
  // The `kubeward` entry point loads nothing of Pulumi.
  { world: 'cdk8sEntry', file: 'lib/index.ts', code: "export { MultiZoneCluster } from './cluster/multi-zone-cluster';", rule: 'import/no-restricted-paths' },
  { world: 'cdk8sEntry', file: 'lib/index.ts', code: "export * as pulumi from '@pulumi/pulumi';", rule: 'no-restricted-imports' },
];

/** Imports the walls allow: each must lint clean, so a wall cannot be "fixed" by forbidding everything. */
const ALLOWED: Array<{ file: string; code: string }> = [
  { file: 'lib/policy/planted.ts', code: "import { KubewardError } from '../core/errors';\nimport { parse } from 'yaml';" },
  { file: 'lib/core/planted.ts', code: "import { isDnsLabel } from '../policy/model/names';" },
  { file: 'lib/cli/planted.ts', code: "import { audit } from '../policy/engine';" },
  { file: 'lib/tencentcloud/planted.ts', code: "import * as pulumi from '@pulumi/pulumi';\nimport { TENCENTCLOUD_PROVIDER_VERSION } from './provider';" },
  { file: 'lib/tenancy/planted.ts', code: "import { Chart } from 'cdk8s';\nimport { k8s } from 'cdk8s-plus-28';\nimport { Construct } from 'constructs';\nimport { audit } from '../policy/engine';" },
  { file: 'lib/cluster/planted.ts', code: "import * as k8s from '@pulumi/kubernetes';\nimport * as pulumi from '@pulumi/pulumi';\nimport * as tc from '../tencentcloud';" },
  { file: 'lib/delivery/planted.ts', code: "import { App } from 'cdk8s';\nimport * as pulumi from '@pulumi/pulumi';\nimport { SecureTenant } from '../tenancy/secure-tenant';\nimport { MultiZoneCluster } from '../cluster/multi-zone-cluster';" },
  { file: 'lib/pulumi.ts', code: "export { MultiZoneCluster } from './cluster/multi-zone-cluster';" },
];

type Engine = Awaited<ReturnType<typeof loadESLint>>;
let LegacyESLint: Engine;
const configs = new Map<string, Linter.LegacyConfig>();

beforeAll(async () => {
  // no-restricted-paths resolves its zones against the working directory, as `npm test` runs them.
  process.chdir(root);
  LegacyESLint = await loadESLint({ useFlatConfig: false });
});

/**
 * The real .eslintrc.json as it applies to `file` (overrides and globs matched as `npm test`
 * matches them), reduced to the wall rules and without type information, which they do not need.
 */
async function wallConfig(file: string): Promise<Linter.LegacyConfig> {
  const hit = configs.get(file);
  if (hit) return hit;
  const real = (await new LegacyESLint({ cwd: root } as never).calculateConfigForFile(path.join(root, file))) as Linter.LegacyConfig;
  const config: Linter.LegacyConfig = {
    parser: real.parser ?? undefined,
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: real.plugins,
    settings: real.settings,
    rules: Object.fromEntries(Object.entries(real.rules ?? {}).filter(([name]) => WALL_RULES.includes(name))),
  };
  configs.set(file, config);
  return config;
}

/**
 * Lints `code` as the content of `file`. import/no-cycle walks the import graph from disk, which is
 * slow and needs the linted file to exist, so only the cycle plant (an existing file) runs it.
 */
async function lint(file: string, code: string, withCycles = false): Promise<Linter.LintMessage[]> {
  const config = await wallConfig(file);
  const rules = Object.fromEntries(Object.entries(config.rules ?? {}).filter(([r]) => withCycles || r !== 'import/no-cycle'));
  // The rule's precomputed strongly connected components come from the files on disk, which do
  // not contain the plant; without them it follows the planted imports themselves.
  const cycle = rules['import/no-cycle'];
  if (Array.isArray(cycle)) rules['import/no-cycle'] = [cycle[0], { ...(cycle[1] as object), disableScc: true }];
  const linter = new LegacyESLint({ cwd: root, useEslintrc: false, allowInlineConfig: false, baseConfig: { ...config, rules } } as never);
  const [result] = await linter.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return result.messages;
}

describe('every wall of projenrc/architecture.ts is reported by ESLint', () => {
  test.each(PLANTS.map((p) => [`${p.world}: ${p.code} in ${p.file}`, p] as const))('%s', async (_name, plant) => {
    const messages = await lint(plant.file, plant.code);
    expect(messages.map((m) => m.ruleId)).toEqual([plant.rule]);
    // The message says which wall and why, so whoever trips it knows where the code belongs.
    expect(messages[0].message).toContain(WORLDS[plant.world].why.slice(0, 40));
  });

  test('an import cycle between files of lib/ is reported', async () => {
    // The engine imports options.ts (resolveOptions), so options.ts importing the engine closes a cycle.
    const file = 'lib/policy/options.ts';
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    expect(await lint(file, source, true)).toEqual([]);
    const messages = await lint(file, `import { audit } from './engine';\nexport const planted = audit;\n${source}`, true);
    expect(messages.map((m) => m.ruleId)).toEqual(['import/no-cycle']);
  });

  test('no room imports an entry point', async () => {
    const messages = await lint('lib/workloads/planted.ts', "import { SecureTenant } from '../index';");
    expect(messages.map((m) => m.ruleId)).toEqual(['import/no-restricted-paths']);
  });

  test.each(ALLOWED.map((a) => [`${a.file}: ${a.code.replace(/\n/g, ' ')}`, a] as const))('allowed: %s', async (_name, allowed) => {
    expect(await lint(allowed.file, allowed.code)).toEqual([]);
  });

  test('every wall has a planted violation here', () => {
    const walled = Object.entries(WORLDS)
      .filter(([, w]) => w.forbiddenPackages?.length || w.onlyPackages || w.forbiddenRooms?.length || w.onlyRooms)
      .map(([name]) => name);
    expect([...new Set(PLANTS.map((p) => p.world))].sort()).toEqual(walled.sort());
  });
});

test('every folder of lib/ and every file at its top is placed in exactly one world of projenrc/architecture.ts', () => {
  const entries = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.name.endsWith('.ts'))
    .map((e) => e.name)
    .sort();
  const placed = placedRooms();
  expect(placed.slice().sort()).toEqual(entries);
  expect(new Set(placed).size).toBe(placed.length);
});
