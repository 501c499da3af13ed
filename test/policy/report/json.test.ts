import { NOT_EVALUATED, cleanReport, sampleReport } from './fixture';
import { CONTROLS, formatJson, JSON_SCHEMA_VERSION, toJsonReport, toolVersion } from '../../../lib/policy';

describe('JSON reporter |', () => {
  test('stable documented shape: schemaVersion, tool, exitCode, summary, controls, findings, errors, notCovered', () => {
    const json = JSON.parse(formatJson(sampleReport(), { failOn: 'high' }));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'exitCode', 'summary', 'options', 'controls', 'findings', 'errors', 'notCovered']);
    expect(json.notCovered).toEqual([
      {
        part: 'backup',
        reason: 'stateless batch tenant; its data lives in the warehouse',
        object: { apiVersion: 'v1', kind: 'Namespace', name: 'legacy', namespace: null },
        source: expect.objectContaining({ line: 1, documentIndex: 0 }),
      },
    ]);
    expect(json.schemaVersion).toBe(JSON_SCHEMA_VERSION);
    expect(json.tool).toEqual({ name: 'kubeward', version: toolVersion() });
    expect(json.exitCode).toBe(2);
    expect(json.summary).toEqual({
      objects: 7,
      resources: 0,
      files: 3,
      findings: { critical: 0, high: 3, medium: 0, low: 0 },
      unsuppressed: 3,
      suppressed: 1,
      failOn: 'high',
      failing: 3,
      controls: { pass: 1, fail: 2, suppressed: 1, notApplicable: 1, notEvaluated: NOT_EVALUATED },
      errors: 1,
    });
    expect(json.controls.map((c: { id: string }) => c.id)).toEqual(CONTROLS.map((c) => c.id));
    expect(json.controls[0]).toEqual(expect.objectContaining({ id: 'KW-POD-001', status: 'not-evaluated' }));
  });

  test('every finding has every key, null when unknown', () => {
    const { findings } = toJsonReport(sampleReport());
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['controlId', 'title', 'severity', 'message', 'object', 'location', 'source', 'field', 'container', 'suppressed']);
      expect(Object.keys(f.source)).toEqual(['file', 'line', 'documentIndex', 'constructPath', 'urn']);
    }
    expect(findings[0].location).toBe('shop/Deployment/web/container/app');
    expect(findings[1].suppressed).toEqual({ reason: 'the legacy renderer writes caches under /var/cache' });
    expect(findings[2].field).toBeNull();
    // A namespaced object written without a namespace lands in default.
    expect(findings[3].location).toBe('default/Pod/debug/container/shell');
    expect(findings[3].object.namespace).toBeNull();
  });

  test('a clean report has empty arrays and exit code 0', () => {
    const json = toJsonReport(cleanReport());
    expect(json.findings).toEqual([]);
    expect(json.errors).toEqual([]);
    expect(json.exitCode).toBe(0);
  });
});
