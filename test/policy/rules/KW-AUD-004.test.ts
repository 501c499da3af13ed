import { auditPolicy } from '../fixtures/aud';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-AUD-004';
const SECRETS_METADATA = { level: 'Metadata', resources: [{ group: '', resources: ['secrets', 'configmaps'] }] };
const CATCH_ALL = { level: 'RequestResponse' };

describe('KW-AUD-004 a supplied audit Policy records secrets at metadata level only |', () => {
  test('passes when a Metadata rule for secrets comes before a RequestResponse catch-all', () => {
    expectPass(ID, [auditPolicy([SECRETS_METADATA, CATCH_ALL])]);
  });

  test('passes when the first rule matching secrets is None and other rules log', () => {
    expectPass(ID, [auditPolicy([{ level: 'None', resources: [{ group: '', resources: ['secrets'] }] }, { level: 'Request', resources: [{ group: 'apps' }] }])]);
  });

  test('fails when a catch-all logs request bodies before any secrets rule, naming the rule', () => {
    const [f] = expectFail(ID, [auditPolicy([CATCH_ALL, SECRETS_METADATA])]);
    expect(f.field).toBe('rules[0].level');
  });

  test('a core-group entry without a resource list matches secrets; other groups do not', () => {
    expectFail(ID, [auditPolicy([{ level: 'Request', resources: [{ group: 'apps' }] }, { level: 'Request', resources: [{ group: '' }] }])]);
    expectFail(ID, [auditPolicy([{ level: 'RequestResponse', resources: [{ resources: ['*'] }] }])]);
  });

  test('user, verb and namespace filters are ignored', () => {
    const filtered = { level: 'RequestResponse', users: ['admin'], verbs: ['get'], namespaces: ['shop'], resources: [{ group: '', resources: ['secrets'] }] };
    expectFail(ID, [auditPolicy([filtered, SECRETS_METADATA])]);
  });

  test('a rule limited to nonResourceURLs cannot match secrets', () => {
    expectPass(ID, [auditPolicy([{ level: 'RequestResponse', nonResourceURLs: ['/healthz*'] }, SECRETS_METADATA])]);
  });

  test('fails with no rules or only None rules', () => {
    expectFail(ID, [auditPolicy(undefined)]);
    expectFail(ID, [auditPolicy([{ level: 'None' }])]);
  });

  test('the legacy audit.k8s.io/v1beta1 Policy is read the same way; other kinds are out of scope', () => {
    expectFail(ID, [auditPolicy([CATCH_ALL], 'audit.k8s.io/v1beta1')]);
    expectNotApplicable(ID, [{ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p', namespace: 'shop' }, spec: {} }]);
  });
});
