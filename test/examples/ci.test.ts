import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

const dir = path.resolve(__dirname, '../../examples/ci');

describe('CI pipeline examples |', () => {
  test('GitHub Actions: synth, SARIF audit uploaded to code scanning, image list scanned by Trivy on high', () => {
    const wf = parse(fs.readFileSync(path.join(dir, 'github-actions.yml'), 'utf8'));
    const steps: any[] = wf.jobs.audit.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npm run synth/);
    expect(runs).toMatch(/kubeward audit dist --format sarif --output kubeward\.sarif --fail-on high/);
    expect(runs).toMatch(/kubeward images dist/);
    const upload = steps.find((s) => String(s.uses ?? '').startsWith('github/codeql-action/upload-sarif'));
    expect(upload.with.sarif_file).toBe('kubeward.sarif');
    expect(upload.if).toBe('always()');
    expect(wf.permissions['security-events']).toBe('write');
    const scan = wf.jobs['scan-images'].steps.map((s: any) => s.run ?? '').join('\n');
    expect(scan).toMatch(/trivy image --exit-code 1 --severity HIGH,CRITICAL/);
  });

  test('GitLab CI: JUnit report for merge requests and the same Trivy gate', () => {
    const ci = parse(fs.readFileSync(path.join(dir, 'gitlab-ci.yml'), 'utf8'));
    expect(ci.stages).toEqual(['synth', 'audit', 'scan']);
    expect(ci.kubeward.script.join('\n')).toMatch(/kubeward audit dist --format junit --output kubeward-junit\.xml --fail-on high/);
    expect(ci.kubeward.artifacts.reports.junit).toBe('kubeward-junit.xml');
    expect(ci.synth.script.join('\n')).toMatch(/kubeward images dist > images\.txt/);
    expect(ci.trivy.script.join('\n')).toMatch(/trivy image --exit-code 1 --severity HIGH,CRITICAL/);
  });
});
