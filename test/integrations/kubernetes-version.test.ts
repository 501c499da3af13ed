// The target Kubernetes version reaches the engine through every gate: the cdk8s gate (auditApp,
// Compliance), the jest matcher, the cdk8s CLI plugin and the CrossGuard pack. One manifest whose
// verdict flips with the version: a probe that names a host, which Pod Security checks from 1.34.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { StackValidationArgs } from '@pulumi/policy';
import { ApiObject, Testing } from 'cdk8s';
import { kubewardPolicies } from '../../lib/crossguard';
import { auditApp, Compliance, kubewardMatchers } from '../../lib/integrations';
import { KubewardValidation, ValidationContextLike } from '../../lib/plugin';
import { deployment } from '../policy/helpers';

expect.extend(kubewardMatchers);

const hostProbe = (): Record<string, any> => deployment({ container: { livenessProbe: { httpGet: { host: '10.0.0.1', path: '/live', port: 8080 } } } });

function chartWithHostProbe(): ReturnType<typeof Testing.chart> {
  const chart = Testing.chart();
  new ApiObject(chart, 'web', hostProbe() as any);
  return chart;
}

const hostProbeFindings = (report: ReturnType<typeof auditApp>): number => report.findings.filter((f) => f.controlId === 'KW-POD-027').length;

describe('kubernetesVersion through the gates |', () => {
  test('auditApp and Compliance.audit follow it; Compliance.enforce refuses a bad one at once', () => {
    const chart = chartWithHostProbe();
    expect(hostProbeFindings(auditApp(chart, { kubernetesVersion: '1.33' }))).toBe(0);
    expect(hostProbeFindings(auditApp(chart, { kubernetesVersion: '1.34' }))).toBe(1);
    expect(auditApp(chart, { kubernetesVersion: '1.33' }).options.kubernetesVersion).toBe('1.33');
    const gate = Compliance.of(chartWithHostProbe());
    expect(() => gate.enforce({ kubernetesVersion: '1.x' })).toThrow(/\[AuditOptions\] kubernetesVersion: "1\.x" is not a Kubernetes minor version/);
    gate.enforce({ kubernetesVersion: '1.33', failOn: 'high' });
    expect(hostProbeFindings(gate.audit())).toBe(0);
  });

  test('the jest matcher follows it', () => {
    expect(chartWithHostProbe()).toPassControls({ kubernetesVersion: '1.33', failOn: 'high', skipControls: ['KW-IMG-002'] });
    expect(chartWithHostProbe()).not.toPassControls({ kubernetesVersion: '1.34', failOn: 'high', skipControls: ['KW-IMG-002'] });
  });

  test('the cdk8s plugin follows it, and refuses a bad one when loaded', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-version-')), 'web.k8s.yaml');
    fs.writeFileSync(file, JSON.stringify(hostProbe()));
    const rules = (props: Record<string, unknown>): string[] => {
      const names: string[] = [];
      const context: ValidationContextLike = {
        manifests: [file],
        report: { addViolation: (v) => names.push(v.ruleName.split(' ')[0]), submit: () => undefined },
      };
      new KubewardValidation(props).validate(context);
      return names;
    };
    expect(rules({ kubernetesVersion: '1.33' })).not.toContain('KW-POD-027');
    expect(rules({ kubernetesVersion: '1.34' })).toContain('KW-POD-027');
    expect(() => new KubewardValidation({ kubernetesVersion: '1.99' })).toThrow(/outside what kubeward knows/);
  });

  test('the CrossGuard pack follows it, and refuses a bad one when built', () => {
    const props = hostProbe();
    const type = 'kubernetes:apps/v1:Deployment';
    const violations = (kubernetesVersion: string): string[] => {
      const out: string[] = [];
      const policy = kubewardPolicies({ kubernetesVersion }).find((p) => p.name === 'kw-pod-027')!;
      const args = {
        resources: [{ type, name: 'web', urn: `urn:pulumi:dev::platform::${type}::web`, props, opts: {}, dependencies: [], propertyDependencies: {} }],
        stackTags: new Map(),
        getConfig: () => ({}),
        notApplicable: () => { throw new Error('n/a'); },
      } as unknown as StackValidationArgs;
      void policy.validateStack(args, (message: string) => out.push(message));
      return out;
    };
    expect(violations('1.33')).toEqual([]);
    expect(violations('1.34').length).toBe(1);
    expect(() => kubewardPolicies({ kubernetesVersion: 'latest' })).toThrow(/kubernetesVersion/);
  });
});
