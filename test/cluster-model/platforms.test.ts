// 1,000 generated platforms (fixed seed): several tenants, meshed or not, with workloads of every
// kind and connections within and across tenants and out of the cluster. Each one is, first, a
// multi-tenant property run of the constructs (issue 13): schema-valid, valid for the API server
// (validateObjects), audited with no finding but the declared opt-outs, and no crash. Then it goes
// through the cluster model (issue 10), each tenant on the mesh it declares: no pod refused at any
// admission stage, quota holds at the peak, DNS, control plane and scrapers reach what they
// need, every declared connection is open and no undeclared one. The model's share of the time is
// measured apart from synthesis.
import fc from 'fast-check';
import { runCluster } from './cluster';
import { checkConnections } from './connections';
import { clusterForPlatform } from './platform-cluster';
import { buildPlatform, platformArbitrary } from './platform-generator';
import { audit } from '../../lib/policy';
import { describeApiValidityErrors, validateObjects } from '../../lib/policy/model/api-validity';
import { expectSchemaValid } from '../support/schemas';

/** The API server version the generated platforms run on. */
const KUBERNETES_MINOR = 32;

describe('generated platforms through the cluster model |', () => {
  test('1,000 platforms: valid and audit-clean; every pod admitted, quota holds, the network is exactly what was declared', () => {
    let modelMs = 0;
    let pods = 0;
    let connections = 0;
    fc.assert(fc.property(platformArbitrary, (spec) => {
      const { objects, declared } = buildPlatform(spec);
      connections += declared.length;
      expectSchemaValid(objects, { requireNamespace: true });
      expect(describeApiValidityErrors(validateObjects(objects))).toBe('');
      const report = audit(objects);
      expect(report.errors).toEqual([]);
      // The one weakening a generated platform declares is a tenant without the mesh (with its
      // reason): KW-MESH-003 suppressed on that tenant's Namespace. Anything else is a finding.
      const unmeshed = new Set(spec.tenants.map((t, i) => (t.mesh ? undefined : `t${i}`)));
      expect(report.findings.filter((f) => !(f.suppressed && f.controlId === 'KW-MESH-003' && f.object.kind === 'Namespace' && unmeshed.has(f.object.name)))
        .map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}: ${f.message}`)).toEqual([]);
      const start = process.cpuUsage();
      const run = runCluster(objects, clusterForPlatform(objects, KUBERNETES_MINOR));
      const problems = [...run.problems, ...checkConnections(run, declared, { undeclaredDenied: true })];
      const used = process.cpuUsage(start);
      modelMs += (used.user + used.system) / 1000;
      pods += run.pods.length;
      expect(problems.map((p) => `${p.stage} ${p.object}: ${p.message}`)).toEqual([]);
    }), { numRuns: 1000, seed: 20261201, endOnFailure: true });
    // Well under a minute of CPU for the model itself (CPU time, not wall time: the machine is
    // shared, and synthesis by the constructs is not the model's).
    expect(modelMs).toBeLessThan(30_000);
    expect(pods).toBeGreaterThan(1000);
    // The figures for the record (the closing note of issue 10 quotes them).
    console.log(`1,000 generated platforms (seed 20261201): ${connections} declared connections, ${pods} pods through the model in ${Math.round(modelMs)} ms of CPU`);
  }, 1_200_000);
});
