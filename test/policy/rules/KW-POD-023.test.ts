import { namespace } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

describe('KW-POD-023 tenant namespaces enforce PSS |', () => {
  test('passes with enforce restricted or baseline', () => {
    expectPass('KW-POD-023', [namespace('shop', { [ENFORCE]: 'restricted' })]);
    expectPass('KW-POD-023', [namespace('shop', { [ENFORCE]: 'baseline' })]);
  });

  test('fails when the label is missing, naming it', () => {
    const [f] = expectFail('KW-POD-023', [namespace('shop', { 'pod-security.kubernetes.io/warn': 'restricted' })]);
    expect(f.field).toBe(`metadata.labels['${ENFORCE}']`);
    expect(f.message).toMatch(/has no/);
  });

  test.each(['', 'privileged', 'Restricted'])('fails when the label is %j', (value) => {
    expectFail('KW-POD-023', [namespace('shop', { [ENFORCE]: value })]);
  });

  test('system namespaces are out of scope', () => {
    expectNotApplicable('KW-POD-023', [namespace('kube-system'), namespace('kube-public'), namespace('kube-node-lease')]);
  });

  test('only Namespace objects are in scope', () => {
    expectNotApplicable('KW-POD-023', [deployment()]);
  });
});
