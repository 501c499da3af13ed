import { container, pod, withEnv } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-024 secrets not injected as env vars |', () => {
  test('passes with literal, configMap and fieldRef env vars', () => {
    expectPass('KW-POD-024', [
      deployment({
        container: {
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'level' } } },
            { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          ],
          envFrom: [{ configMapRef: { name: 'cfg' } }],
        },
      }),
    ]);
  });

  test('fails on env valueFrom.secretKeyRef', () => {
    const [f] = expectFail('KW-POD-024', [withEnv([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }])]);
    expect(f.field).toBe('spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef');
    expect(f.container).toBe('app');
  });

  test('fails on envFrom.secretRef, in any container type', () => {
    const p = pod({ pod: { initContainers: [container('migrate', { envFrom: [{ prefix: 'DB_', secretRef: { name: 'db' } }] })] } });
    const [f] = expectFail('KW-POD-024', [p]);
    expect(f.field).toBe('spec.initContainers[0].envFrom[0].secretRef');
    expect(f.message).toContain('Secret "db"');
  });
});
