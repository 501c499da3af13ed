// The dependency walls of lib/, as ESLint rules (written into .eslintrc.json by .projenrc.ts).
// Each folder of lib/ is a room in exactly one world; a world says which packages and which other
// rooms its files may import. test/architecture.test.ts plants a violation of every wall and
// checks that ESLint reports it, and checks that every folder of lib/ is placed in a world.
import type { javascript } from 'projen';

/** A group of rooms (folders of lib/) with the same import rules. */
export interface World {
  /** Why these rooms are kept apart (shown in every lint message of this world). */
  readonly why: string;
  /** Folders of lib/ in this world. */
  readonly rooms: readonly string[];
  /** Single files of lib/ in this world (the entry points). */
  readonly files?: readonly string[];
  /** Package families the world must not import, by name in FAMILIES. */
  readonly forbiddenPackages?: readonly (keyof typeof FAMILIES)[];
  /** When set, the only packages the world may import (relative imports inside its rooms aside). */
  readonly onlyPackages?: readonly string[];
  /** Rooms or files of lib/ the world must not import. */
  readonly forbiddenRooms?: readonly string[];
  /** When set, the only rooms of lib/ the world may import (besides its own). */
  readonly onlyRooms?: readonly string[];
}

/** Package families, as anchored regular expressions over import specifiers. */
export const FAMILIES = {
  cdk8s: { label: 'cdk8s, cdk8s-plus-* or constructs', regex: '^(cdk8s|cdk8s-plus-\\d+|constructs)(/|$)' },
  pulumi: { label: '@pulumi/*', regex: '^@pulumi/' },
} as const;

const CDK8S_ROOMS = ['app', 'tenancy', 'workloads', 'network', 'mesh', 'backup', 'observability', 'supply-chain', 'plugin', 'integrations'];
const PULUMI_ROOMS = ['cluster', 'crossguard'];

/** The worlds of lib/. Every folder of lib/ belongs to exactly one. */
export const WORLDS: Record<string, World> = {
  engine: {
    why: 'lib/policy is the engine: plain objects in, findings out, so the CLI, the CrossGuard pack and admission run it without cdk8s or Pulumi; adapters to a framework live in lib/integrations (cdk8s) or lib/crossguard (Pulumi)',
    rooms: ['policy'],
    forbiddenPackages: ['cdk8s', 'pulumi'],
    onlyRooms: ['core'],
  },
  cli: {
    why: 'lib/cli runs the engine on files (`kubeward audit` on helm or kustomize output), so it loads neither cdk8s nor Pulumi',
    rooms: ['cli'],
    forbiddenPackages: ['cdk8s', 'pulumi'],
    onlyRooms: ['policy', 'core'],
  },
  core: {
    why: "lib/core holds the helpers both the cdk8s and the Pulumi side import (errors, checks, names, labels, quantities, cron), so it imports neither framework; of the other rooms it builds only on the engine's Kubernetes model, the one copy of each name and label check",
    rooms: ['core'],
    forbiddenPackages: ['cdk8s', 'pulumi'],
    onlyRooms: ['policy/model'],
  },
  tencentcloud: {
    why: 'lib/tencentcloud mirrors the Tencent Cloud provider SDK, which knows only @pulumi/pulumi',
    rooms: ['tencentcloud'],
    onlyPackages: ['@pulumi/pulumi'],
    onlyRooms: [],
  },
  cdk8s: {
    why: 'cdk8s constructs never load Pulumi, so a cdk8s-only program installs no Pulumi package; only lib/delivery joins the two worlds',
    rooms: CDK8S_ROOMS,
    forbiddenPackages: ['pulumi'],
    forbiddenRooms: [...PULUMI_ROOMS, 'tencentcloud', 'delivery', 'cli'],
  },
  pulumi: {
    why: 'the Pulumi components and the CrossGuard pack never load cdk8s; only lib/delivery joins the two worlds',
    rooms: PULUMI_ROOMS,
    forbiddenPackages: ['cdk8s'],
    forbiddenRooms: [...CDK8S_ROOMS, 'delivery', 'cli'],
  },
  delivery: {
    why: 'lib/delivery deploys cdk8s apps through Pulumi: the one room that joins the two worlds',
    rooms: ['delivery'],
  },
  cdk8sEntry: {
    why: 'lib/index.ts is the `kubeward` entry point, which a cdk8s-only program loads: the Pulumi side has its own (`kubeward/pulumi`, lib/pulumi.ts)',
    rooms: [],
    files: ['index.ts'],
    forbiddenPackages: ['pulumi'],
    forbiddenRooms: [...PULUMI_ROOMS, 'tencentcloud', 'delivery', 'pulumi.ts'],
  },
  pulumiEntry: {
    why: 'lib/pulumi.ts is the `kubeward/pulumi` entry point',
    rooms: [],
    files: ['pulumi.ts'],
  },
};

/** Every room and entry file of lib/ that some world places. */
export function placedRooms(): string[] {
  return Object.values(WORLDS).flatMap((w) => [...w.rooms, ...(w.files ?? [])]);
}

function targetsOf(world: World): string[] {
  return [...world.rooms.map((r) => `./lib/${r}`), ...(world.files ?? []).map((f) => `./lib/${f}`)];
}

function globsOf(world: World): string[] {
  return [...world.rooms.map((r) => `lib/${r}/**/*.ts`), ...(world.files ?? []).map((f) => `lib/${f}`)];
}

/** The ESLint rules of the walls: import/no-cycle, import/no-restricted-paths, and one no-restricted-imports override per world. */
export function addArchitectureRules(eslint: javascript.Eslint): void {
  const zones: Array<Record<string, unknown>> = [];
  for (const world of Object.values(WORLDS)) {
    const target = targetsOf(world);
    if (target.length === 0) continue;
    if (world.onlyRooms) {
      const own = world.rooms.map((r) => `./${r}`);
      zones.push({
        target,
        from: './lib',
        except: [...own, ...world.onlyRooms.map((r) => `./${r}`)],
        message: `${world.why}. It may import only ${[...world.rooms, ...world.onlyRooms].map((r) => `lib/${r}`).join(', ')}.`,
      });
    }
    if (world.forbiddenRooms && world.forbiddenRooms.length > 0) {
      zones.push({
        target,
        from: world.forbiddenRooms.map((r) => `./lib/${r}`),
        message: `${world.why}.`,
      });
    }
  }
  // No room imports an entry point: they re-export the rooms, so that would be a cycle.
  zones.push({
    target: './lib/*/**',
    from: ['./lib/index.ts', './lib/pulumi.ts'],
    message: 'lib/index.ts and lib/pulumi.ts are the entry points that re-export the rooms; import the file that declares the name instead.',
  });
  eslint.addRules({ 'import/no-restricted-paths': ['error', { zones }] });

  for (const world of Object.values(WORLDS)) {
    const patterns: Array<Record<string, unknown>> = [];
    for (const family of world.forbiddenPackages ?? []) {
      patterns.push({ regex: FAMILIES[family].regex, message: `${world.why}: no ${FAMILIES[family].label} here.` });
    }
    if (world.onlyPackages) {
      const allowed = world.onlyPackages.map((p) => p.replace(/[/.]/g, (c) => `\\${c}`)).join('|');
      patterns.push({ regex: `^(?!\\.|(${allowed})(/|$))`, message: `${world.why}: it imports only ${world.onlyPackages.join(', ')} and its own files.` });
    }
    if (patterns.length === 0) continue;
    eslint.addOverride({ files: globsOf(world), rules: { 'no-restricted-imports': ['error', { patterns }] } });
  }

  // Cycles between the files of lib/ (tests and scripts only import lib, so they cannot close one).
  eslint.addOverride({ files: ['lib/**/*.ts'], rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] } });
}
