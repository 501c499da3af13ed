// SARIF 2.1.0 essentials, checked structurally (no network, so no schema download): the
// required properties, enumerations and cross-references of the OASIS standard, plus the
// properties GitHub code scanning reads, and only properties the standard defines.
import { cleanReport, ROOT, sampleReport } from './fixture';
import { CONTROLS, formatSarif, SARIF_SCHEMA, toSarif } from '../../../lib/policy';

const LEVELS = ['none', 'note', 'warning', 'error'];

function keysWithin(obj: Record<string, unknown>, allowed: string[], what: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) throw new Error(`${what} has property "${k}", which SARIF 2.1.0 does not define`);
  }
}

function message(m: any, what: string): void {
  expect(typeof m?.text).toBe('string');
  expect(m.text.length).toBeGreaterThan(0);
  keysWithin(m, ['text', 'markdown', 'id', 'arguments', 'properties'], what);
}

function location(loc: any): void {
  keysWithin(loc, ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'], 'location');
  if (loc.physicalLocation) {
    const uri: string = loc.physicalLocation.artifactLocation.uri;
    // A relative URI reference: no scheme, no leading slash, forward slashes, nothing unencoded.
    expect(uri).not.toMatch(/^[a-z]+:|^\/|\\| |</i);
    if (loc.physicalLocation.region) {
      expect(Number.isInteger(loc.physicalLocation.region.startLine)).toBe(true);
      expect(loc.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  }
  for (const l of loc.logicalLocations ?? []) {
    keysWithin(l, ['name', 'index', 'fullyQualifiedName', 'decoratedName', 'parentIndex', 'kind', 'properties'], 'logicalLocation');
    expect(typeof l.fullyQualifiedName).toBe('string');
  }
}

/** Asserts the essentials of a SARIF 2.1.0 log. */
function assertSarif(log: any): void {
  keysWithin(log, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], 'sarifLog');
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    expect(typeof driver.name).toBe('string');
    keysWithin(driver, ['name', 'version', 'semanticVersion', 'informationUri', 'rules', 'fullName', 'organization', 'properties', 'notifications'], 'toolComponent');
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      keysWithin(rule, ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties', 'guid', 'deprecatedIds', 'messageStrings', 'relationships'], 'reportingDescriptor');
      expect(typeof rule.id).toBe('string');
      expect(ids.has(rule.id)).toBe(false);
      ids.add(rule.id);
      message(rule.shortDescription, 'shortDescription');
      message(rule.fullDescription, 'fullDescription');
      message(rule.help, 'help');
      expect(LEVELS).toContain(rule.defaultConfiguration.level);
      expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      expect(new Set(rule.properties.tags).size).toBe(rule.properties.tags.length);
    }
    expect(Array.isArray(run.results)).toBe(true);
    for (const result of run.results) {
      keysWithin(result, ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'locations', 'partialFingerprints', 'fingerprints', 'properties', 'suppressions', 'baselineState', 'relatedLocations', 'guid', 'codeFlows', 'fixes'], 'result');
      message(result.message, 'result.message');
      expect(LEVELS).toContain(result.level);
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      result.locations.forEach(location);
      for (const v of Object.values(result.partialFingerprints ?? {})) expect(typeof v).toBe('string');
      for (const s of result.suppressions ?? []) {
        keysWithin(s, ['kind', 'status', 'justification', 'location', 'guid', 'properties'], 'suppression');
        expect(['inSource', 'external']).toContain(s.kind);
        expect(['accepted', 'underReview', 'rejected']).toContain(s.status);
      }
    }
    for (const inv of run.invocations ?? []) {
      expect(typeof inv.executionSuccessful).toBe('boolean');
      for (const n of inv.toolExecutionNotifications ?? []) {
        message(n.message, 'notification');
        expect(LEVELS).toContain(n.level);
        n.locations.forEach(location);
      }
    }
  }
}

describe('SARIF reporter |', () => {
  test('a run with findings is valid SARIF 2.1.0', () => {
    const log = JSON.parse(formatSarif(sampleReport(), { baseDir: ROOT }));
    assertSarif(log);
    expect(log.$schema).toBe(SARIF_SCHEMA);
  });

  test('one rule per control that ran, with title, pass and fail sentences, references and levels', () => {
    const log: any = toSarif(sampleReport(), { baseDir: ROOT });
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: any) => r.id)).toEqual(['KW-POD-005', 'KW-POD-016', 'KW-NET-001', 'KW-RBAC-004', 'KW-IMG-003']);
    const pod005 = rules[0];
    const control = CONTROLS.find((c) => c.id === 'KW-POD-005')!;
    expect(pod005.shortDescription.text).toBe(control.title);
    expect(pod005.fullDescription.text).toBe(control.pass);
    expect(pod005.help.text).toContain(control.fail);
    expect(pod005.help.text).toMatch(/Pod Security Standards \(restricted\): Privilege Escalation/);
    expect(pod005.help.text).toMatch(/CIS Kubernetes Benchmark: 5\.2\.6/);
    expect(pod005.help.text).toMatch(/Checkov: CKV_K8S_20/);
    expect(pod005.defaultConfiguration.level).toBe('error');
    expect(pod005.properties['security-severity']).toBe('8.0');
    expect(pod005.properties.tags).toEqual(expect.arrayContaining(['security', 'pod', 'pss-restricted']));
    expect(rules[1].defaultConfiguration.level).toBe('warning');
  });

  test('results carry the control id, file relative to the base, line and the logical location', () => {
    const results = (toSarif(sampleReport(), { baseDir: ROOT }) as any).runs[0].results;
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual(
      expect.objectContaining({
        ruleId: 'KW-POD-005',
        level: 'error',
        message: { text: 'container "app" allows privilege escalation; set allowPrivilegeEscalation: false.' },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: 'dist/shop.k8s.yaml' }, region: { startLine: 12 } },
            logicalLocations: [{ name: 'app', fullyQualifiedName: 'shop/Deployment/web/container/app', kind: 'resource' }],
          },
        ],
      }),
    );
    expect(results[0].suppressions).toBeUndefined();
    expect(results[1].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'the legacy renderer writes caches under /var/cache' }]);
    expect(results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('dist/debug%20%26%20%3Ctools%3E.yaml');
    // Fingerprints are stable across runs and distinct per finding.
    const again = (toSarif(sampleReport(), { baseDir: ROOT }) as any).runs[0].results;
    expect(again.map((r: any) => r.partialFingerprints)).toEqual(results.map((r: any) => r.partialFingerprints));
    expect(new Set(results.map((r: any) => r.partialFingerprints['kubewardFinding/v1'])).size).toBe(4);
  });

  test('input errors are tool execution notifications; a clean run still has results: []', () => {
    const log: any = toSarif(sampleReport(), { baseDir: ROOT });
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toEqual(
      expect.objectContaining({ level: 'error', message: { text: expect.stringContaining('unexpected end') } }),
    );
    const clean = JSON.parse(formatSarif(cleanReport(), { baseDir: ROOT }));
    assertSarif(clean);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });
});
