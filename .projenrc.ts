import { javascript, typescript } from 'projen';
import { addArchitectureRules } from './projenrc/architecture';

// .projenrc.ts is the source of truth for package.json, tsconfig, eslint and jest config.
// Run `npx projen` after editing it; CI regenerates and fails on any drift.
const project = new typescript.TypeScriptProject({
  name: 'kubeward',
  description:
    'Secure-by-default multi-tenant platform constructs for Tencent Kubernetes Engine (cdk8s + Pulumi), checked by one control catalog.',
  license: 'Apache-2.0',
  copyrightOwner: 'kubeward authors',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.0.0',
  typescriptVersion: '~5.9.3',
  srcdir: 'lib',
  testdir: 'test',
  libdir: 'build',
  artifactsDirectory: 'build-artifacts',
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,
  // Runtime dependencies, each earning its place (see README "Design"):
  // - yaml: YAML 1.2 multi-document parsing with line positions and alias limits for `kubeward audit`.
  // - @grafana/grafana-foundation-sdk: Grafana's own dashboard builders; the per-tenant dashboards are built at
  //   synth from each tenant's namespace and workloads, so the library needs it at runtime (CommonJS; needs only tslib).
  deps: ['yaml@^2.8.0', '@grafana/grafana-foundation-sdk@~0.0.21'],
  // The construct and IaC frameworks are peers: the user's program owns their versions.
  peerDeps: [
    'cdk8s@^2.68.0',
    'cdk8s-plus-28@^2.5.0',
    'constructs@^10.3.0',
    '@pulumi/pulumi@^3.142.0',
    '@pulumi/kubernetes@^4.18.0',
    '@pulumi/policy@^1.13.0',
  ],
  peerDependencyOptions: { pinnedDevDependency: false },
  devDeps: [
    'cdk8s@^2.70.0',
    'cdk8s-plus-28@^2.5.6',
    'constructs@^10.4.0',
    // 3.249+ requires Node 22; kubeward supports Node >= 20.
    '@pulumi/pulumi@~3.248.0',
    '@pulumi/kubernetes@^4.34.0',
    '@pulumi/policy@^1.21.0',
    '@bufbuild/cel@^0.6.1',
    'ajv@^8.17.0',
    'fast-check@^4.0.0',
    '@types/node@^20',
    'cdk8s-cli@^2.200.0',
    // The PromQL grammar of Prometheus' own editor: tests parse every expression kubeward emits.
    '@prometheus-io/lezer-promql@^0.315.0',
  ],
  entrypoint: 'build/index.js',
  entrypointTypes: 'build/index.d.ts',
  bin: { kubeward: 'bin/kubeward' },
  // The package's contents are the `files` allow-list below, not an ignore list.
  npmignoreEnabled: false,
  jest: true,
  jestOptions: {
    jestVersion: '^29',
    // Snapshots are committed; a test run never rewrites them (use `npx jest -u` deliberately).
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testTimeout: 120000,
      collectCoverage: false,
    },
  },
  tsconfigDevFile: 'tsconfig.dev.json',
  tsconfigDev: {
    include: ['lib/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'examples/**/*.ts', '.projenrc.ts', 'projenrc/**/*.ts'],
    exclude: ['node_modules', 'examples/**/node_modules'],
    // Type-checking happens once in `tsc -p tsconfig.dev.json` (CI runs it); with isolatedModules
    // ts-jest only transpiles, which keeps the suite fast on a 2-core CI box.
    compilerOptions: { isolatedModules: true, paths: { '@grafana/grafana-foundation-sdk/*': ['./node_modules/@grafana/grafana-foundation-sdk/dist/*'] } },
  },
  eslint: true,
  eslintOptions: {
    dirs: ['lib'],
    devdirs: ['test', 'scripts', 'bench', 'examples', 'projenrc'],
    // Lint every folder against the dev tsconfig, which includes tests, scripts and examples.
    tsconfigPath: './tsconfig.dev.json',
  },
  prettier: false,
  tsconfig: {
    compilerOptions: {
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      lib: ['es2022'],
      target: 'ES2022',
      // The Grafana SDK publishes its modules only through package.json `exports`, which
      // `moduleResolution: node` (node10) ignores: point the type checker at them. Node resolves the
      // same specifiers through `exports` at runtime, so the emitted require() calls are unchanged.
      paths: { '@grafana/grafana-foundation-sdk/*': ['./node_modules/@grafana/grafana-foundation-sdk/dist/*'] },
    },
  },
});

// Two entry points: the engine and cdk8s constructs, and the Pulumi side (loaded only when asked for).
project.package.addField('exports', {
  '.': { types: './build/index.d.ts', default: './build/index.js' },
  './pulumi': { types: './build/pulumi.d.ts', default: './build/pulumi.js' },
  './package.json': './package.json',
});
// `moduleResolution: node` (node10, what `pulumi new` TypeScript templates use) ignores `exports`.
project.package.addField('typesVersions', { '*': { pulumi: ['build/pulumi.d.ts'] } });
// A cdk8s-only user installs no Pulumi: only `kubeward/pulumi` loads these (cdk8s-plus-28 stays
// required: the tenancy and network constructs import its generated k8s classes at runtime).
project.package.addField('peerDependenciesMeta', {
  '@pulumi/pulumi': { optional: true },
  '@pulumi/kubernetes': { optional: true },
  '@pulumi/policy': { optional: true },
});
// What the tarball holds (npm adds package.json, README.md and LICENSE): compiled JS and .d.ts,
// JSON that lib/ imports (tsc copies it into build/), the CLI launcher and the API reference.
// Nothing that imports ../../lib (bench/, scripts/, examples/, test/) can be shipped.
project.package.addField('files', ['build/**/*.js', 'build/**/*.d.ts', 'build/**/*.json', 'bin/kubeward', 'API.md']);
// Without release automation projen would write 0.0.0; this is the version users install.
project.package.addVersion('0.1.0');
// `npm pack` (and the package task, which calls it) packs a fresh build: build/ is removed first
// so files of deleted or moved sources cannot ship, and a compile error stops the pack.
project.addTask('prepack', {
  description: 'Compile lib/ into a clean build/ before npm pack',
  steps: [{ exec: 'rm -rf build tsconfig.tsbuildinfo' }, { spawn: 'pre-compile' }, { spawn: 'compile' }, { spawn: 'post-compile' }],
});

// Everything the README promises runs through these tasks.
project.addTask('demo', {
  description: 'Synthesize the example platform into dist/ and print its compliance report',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json examples/demo.ts',
});
project.addTask('docgen', {
  description: 'Generate API.md from the TSDoc of the public API',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json scripts/docgen.ts',
});
project.addTask('gen:catalog', {
  description: 'Regenerate lib/policy/catalog-data.ts and the rule registry from catalog/catalog.yaml',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json scripts/gen-catalog.ts',
});
project.addTask('gen:tencentcloud', {
  description: 'Regenerate lib/tencentcloud/** from providers/tencentcloud/provider-subset.json',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json scripts/gen-tencentcloud.ts',
});
project.addTask('bench:audit', {
  description: 'Benchmark: audit a generated corpus of 50,000 objects against parse-only time',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json bench/audit.bench.ts',
});
project.addTask('bench:synth', {
  description: 'Benchmark: synthesize 100 and 1,000 tenants against the raw floor and the naive design',
  exec: 'node --expose-gc -r ts-node/register/transpile-only bench/synth.bench.ts',
});
project.addTask('bench', {
  description: 'Run every benchmark',
  steps: [{ spawn: 'bench:audit' }, { spawn: 'bench:synth' }],
});
project.addTask('plan', {
  description: 'Run the example Pulumi program under mocks and print what `pulumi up` would create',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json examples/platform/plan.ts',
  receiveArgs: true,
});

// The project service resolves each file's nearest tsconfig.json, which covers only lib/; lint
// every folder with the dev tsconfig instead (it includes tests, scripts, benchmarks and examples).
const eslintrc = project.tryFindObjectFile('.eslintrc.json');
eslintrc?.addDeletionOverride('parserOptions.projectService');
eslintrc?.addOverride('parserOptions.project', './tsconfig.dev.json');
// The dependency walls between the rooms of lib/ (projenrc/architecture.ts, tested by test/architecture.test.ts).
addArchitectureRules(project.eslint!);

project.gitignore.exclude('/dist/', '/dist-grafana/', '/cdk8s.out/', '/bench-out/', '/.bench/');

project.synth();
