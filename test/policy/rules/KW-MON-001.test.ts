import { service, serviceMonitor } from '../fixtures/mon';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MON-001 ServiceMonitors select an existing Service |', () => {
  test('passes when a Service in the own namespace matches matchLabels', () => {
    expectPass('KW-MON-001', [service('web', 'shop', { app: 'web' }), serviceMonitor('shop', { matchLabels: { app: 'web' } })]);
  });

  test('fails when no Service matches, pointing at spec.selector', () => {
    const [f] = expectFail('KW-MON-001', [service('web', 'shop', { app: 'web' }), serviceMonitor('shop', { matchLabels: { app: 'api' } })]);
    expect(f.field).toBe('spec.selector');
    expect(f.message).toMatch(/namespace shop/);
  });

  test('fails when the only matching Service is in another namespace and namespaceSelector is unset', () => {
    expectFail('KW-MON-001', [service('web', 'other', { app: 'web' }), serviceMonitor('shop', { matchLabels: { app: 'web' } })]);
  });

  test('namespaceSelector.matchNames widens the scope to the listed namespaces only', () => {
    const svc = service('web', 'other', { app: 'web' });
    expectPass('KW-MON-001', [svc, serviceMonitor('monitoring', { matchLabels: { app: 'web' } }, { matchNames: ['other'] })]);
    expectFail('KW-MON-001', [svc, serviceMonitor('monitoring', { matchLabels: { app: 'web' } }, { matchNames: ['third'] })]);
  });

  test('namespaceSelector.any allows every namespace', () => {
    expectPass('KW-MON-001', [service('web', 'far', { app: 'web' }), serviceMonitor('monitoring', { matchLabels: { app: 'web' } }, { any: true })]);
  });

  test('objects without a namespace resolve to default on both sides', () => {
    expectPass('KW-MON-001', [service('web', undefined, { app: 'web' }), serviceMonitor('default', { matchLabels: { app: 'web' } })]);
  });

  test('matchExpressions are evaluated', () => {
    const svc = service('web', 'shop', { app: 'web', tier: 'front' });
    expectPass('KW-MON-001', [svc, serviceMonitor('shop', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] })]);
    expectFail('KW-MON-001', [svc, serviceMonitor('shop', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] })]);
  });

  test('an empty selector matches any Service in scope, but there must be one', () => {
    expectPass('KW-MON-001', [service('web', 'shop', { app: 'web' }), serviceMonitor('shop', {})]);
    expectFail('KW-MON-001', [serviceMonitor('shop', {})]);
  });

  test('a set without ServiceMonitors is out of scope', () => {
    expectNotApplicable('KW-MON-001', [service('web', 'shop', { app: 'web' })]);
  });
});
