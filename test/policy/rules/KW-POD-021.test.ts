import { cronJob, pod } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

const ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/app';

function annotated(value: string): Record<string, any> {
  const d = deployment();
  d.spec.template.metadata.annotations = { [ANNOTATION]: value };
  return d;
}

describe('KW-POD-021 AppArmor never unconfined |', () => {
  test('passes with no profile, RuntimeDefault or Localhost', () => {
    expectPass('KW-POD-021', [deployment()]);
    expectPass('KW-POD-021', [deployment({ pod: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } } })]);
    expectPass('KW-POD-021', [deployment({ container: { securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-web' } } } })]);
  });

  test('passes with runtime/default or localhost/ annotations', () => {
    expectPass('KW-POD-021', [annotated('runtime/default')]);
    expectPass('KW-POD-021', [annotated('localhost/k8s-web')]);
  });

  test('fails on an Unconfined appArmorProfile at pod or container level', () => {
    const p = expectFail('KW-POD-021', [deployment({ pod: { securityContext: { appArmorProfile: { type: 'Unconfined' } } } })]);
    expect(p[0].field).toBe('spec.template.spec.securityContext.appArmorProfile.type');
    const c = expectFail('KW-POD-021', [deployment({ container: { securityContext: { appArmorProfile: { type: 'Unconfined' } } } })]);
    expect(c[0].container).toBe('app');
  });

  test('fails on an unconfined or unknown annotation value, naming the annotation', () => {
    const [f] = expectFail('KW-POD-021', [annotated('unconfined')]);
    expect(f.field).toBe(`spec.template.metadata.annotations['${ANNOTATION}']`);
    expect(f.container).toBe('app');
    expectFail('KW-POD-021', [annotated('docker-default')]);
  });

  test('reads the annotations of a bare Pod and of a CronJob template', () => {
    const p = pod({ meta: { annotations: { [ANNOTATION]: 'unconfined' } } });
    expect(expectFail('KW-POD-021', [p])[0].field).toBe(`metadata.annotations['${ANNOTATION}']`);
    const cj = cronJob();
    cj.spec.jobTemplate.spec.template.metadata.annotations = { [ANNOTATION]: 'unconfined' };
    expect(expectFail('KW-POD-021', [cj])[0].field).toBe(`spec.jobTemplate.spec.template.metadata.annotations['${ANNOTATION}']`);
  });

  test('annotations on the controller metadata are not pod annotations', () => {
    expectPass('KW-POD-021', [deployment({ meta: { annotations: { [ANNOTATION]: 'unconfined' } } })]);
  });
});
