// The catalog is the spec: catalog/catalog.yaml is the source of truth, and the generated
// lib/policy/catalog-data.ts and lib/policy/rules/index.ts must be byte-identical to what
// scripts/gen-catalog.ts renders from it; every control must have exactly one rule and one test file.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ALL_RULES, CATALOG_DEFAULTS, CONTROLS, SEVERITIES } from '../../lib/policy';
import { CATALOG_DATA, CATALOG_SOURCE, RULE_REGISTRY, missingRuleFiles, renderCatalog } from '../../scripts/gen-catalog';

const ROOT = path.resolve(__dirname, '../..');
const CATALOG_TEXT = fs.readFileSync(path.join(ROOT, CATALOG_SOURCE), 'utf8');

describe('control catalog |', () => {
  type Section = Record<string, any>;
  const catalog = parse(CATALOG_TEXT) as { controls: Section[]; config_defaults: Section; conventions: Section };

  test('the generated files are byte-identical to what scripts/gen-catalog.ts renders from catalog/catalog.yaml (run `npm run gen:catalog`)', () => {
    const rendered = renderCatalog(CATALOG_TEXT);
    expect([...rendered.keys()].sort()).toEqual([CATALOG_DATA, RULE_REGISTRY].sort());
    for (const [file, text] of rendered) {
      // toBe on the whole text: a stale file shows the differing lines.
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toBe(text);
    }
  });

  test('nothing in the repository reads the retired ../shared/controls folder', () => {
    const readers: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) walk(rel);
        else if (/\.(ts|js|json|ya?ml)$/.test(e.name) && /shared[\\/]+controls|controls[\\/]+catalog\.yaml/.test(fs.readFileSync(path.join(ROOT, rel), 'utf8'))) readers.push(rel);
      }
    };
    for (const dir of ['lib', 'test', 'scripts', 'bench', 'examples', 'bin', '.ci', 'projenrc']) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
    // This file names the folder in its test title, and is the one allowed mention.
    expect(readers.filter((f) => f !== path.relative(ROOT, __filename))).toEqual([]);
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
      kubernetesVersion: catalog.config_defaults.kubernetes_version,
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
  test('every control has its rule file (the generated registry imports it)', () => {
    expect(missingRuleFiles(CATALOG_TEXT, ROOT)).toEqual([]);
  });

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
