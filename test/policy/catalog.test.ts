// The catalog is the spec: the generated catalog-data.ts must match ../shared/controls/catalog.yaml,
// and every control must have exactly one rule and one test file.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ALL_RULES, CATALOG_DEFAULTS, CONTROLS, SEVERITIES } from '../../lib/policy';
import { SHARED_DIR } from '../support/corpus';

const ROOT = path.resolve(__dirname, '../..');
const CATALOG_YAML = path.join(SHARED_DIR, 'controls/catalog.yaml');
const GENERATED = path.join(ROOT, 'lib/policy/catalog-data.ts');

/** Runs scripts/gen-catalog.ts with file writes captured instead of performed. */
function runGenerator(): Map<string, string> {
  const written = new Map<string, string>();
  jest.isolateModules(() => {
    jest.doMock('fs', () => {
      const real = jest.requireActual('fs');
      return { ...real, writeFileSync: (file: string, data: string) => written.set(path.resolve(file), String(data)) };
    });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      // The script runs on load; requiring it inside isolateModules runs it again with the mock.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../scripts/gen-catalog');
    } finally {
      log.mockRestore();
      jest.dontMock('fs');
    }
  });
  return written;
}

describe('control catalog |', () => {
  const catalog = parse(fs.readFileSync(CATALOG_YAML, 'utf8')) as { controls: Array<Record<string, any>>; config_defaults: Record<string, any>; conventions: Record<string, any> };

  test('catalog-data.ts is exactly what scripts/gen-catalog.ts produces (run it after editing the catalog)', () => {
    const written = runGenerator();
    expect([...written.keys()]).toEqual([GENERATED]);
    expect(fs.readFileSync(GENERATED, 'utf8')).toBe(written.get(GENERATED));
  });

  test('ids, titles, severities, sentences and references match the catalog, in catalog order', () => {
    expect(CONTROLS.map((c) => c.id)).toEqual(catalog.controls.map((c) => c.id));
    CONTROLS.forEach((c, i) => {
      const src = catalog.controls[i];
      const { id, title, severity, pass, fail, notes, appliesTo, references } = c;
      const generated = { id, title, severity, pass, fail, notes, appliesTo, references };
      expect(generated).toEqual({
        id: src.id,
        title: src.title,
        severity: src.severity,
        pass: src.pass,
        fail: src.fail,
        notes: src.notes,
        appliesTo: src.applies_to,
        references: src.references ?? {},
      });
    });
  });

  test('defaults match config_defaults and the system namespaces convention', () => {
    expect(CATALOG_DEFAULTS).toEqual({
      allowedRegistries: catalog.config_defaults.allowed_registries,
      ownershipLabels: catalog.config_defaults.ownership_labels,
      minKubernetesVersion: catalog.config_defaults.min_kubernetes_version,
      meshRootNamespace: catalog.config_defaults.mesh_root_namespace,
      systemNamespaces: catalog.conventions.system_namespaces,
    });
  });

  test('ids are unique and well formed, severities are known, sentences are present', () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONTROLS) {
      expect(c.id).toMatch(/^KW-[A-Z]+-\d{3}$/);
      expect(SEVERITIES).toContain(c.severity);
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.pass.length).toBeGreaterThan(0);
      expect(c.fail.length).toBeGreaterThan(0);
    }
  });
});

describe('rule registry |', () => {
  test('every control has exactly one registered rule and every rule a control', () => {
    const ruleIds = ALL_RULES.map((r) => r.id);
    const duplicates = ruleIds.filter((id, i) => ruleIds.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect([...ruleIds].sort()).toEqual(CONTROLS.map((c) => c.id).sort());
  });

  test('each rule lives in its own file lib/policy/rules/<family>/<id>.ts', () => {
    const misplaced = ALL_RULES.filter((r) => {
      const family = r.id.split('-')[1].toLowerCase();
      return !fs.existsSync(path.join(ROOT, 'lib/policy/rules', family, `${r.id}.ts`));
    }).map((r) => r.id);
    expect(misplaced).toEqual([]);
  });

  test('cloud controls have cloud rules and Kubernetes controls have kube rules', () => {
    const wrong = ALL_RULES.filter((r) => {
      const control = CONTROLS.find((c) => c.id === r.id);
      if (!control) return false;
      const cloud = control.appliesTo.some((a) => a.startsWith('tencentcloud:'));
      return cloud !== (r.target === 'cloud');
    }).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  test('every control has a test file test/policy/rules/<id>.test.ts', () => {
    const missing = CONTROLS.map((c) => c.id).filter((id) => !fs.existsSync(path.join(ROOT, 'test/policy/rules', `${id}.test.ts`)));
    expect(missing).toEqual([]);
  });
});
