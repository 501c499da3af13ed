import { alert, prometheusRule } from '../fixtures/mon';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MON-002 alerting rules carry severity and a summary |', () => {
  test('passes with severity and summary, or severity and description', () => {
    expectPass('KW-MON-002', [prometheusRule([alert(), alert({ annotations: { description: 'web has been down for 5m' } })])]);
  });

  test('recording rules are not checked', () => {
    expectPass('KW-MON-002', [prometheusRule([{ record: 'job:up:sum', expr: 'sum(up) by (job)' }])]);
  });

  test('fails when the severity label is missing, naming the rule', () => {
    const [f] = expectFail('KW-MON-002', [prometheusRule([{ record: 'x', expr: '1' }, alert({ labels: { team: 'shop' } })])]);
    expect(f.field).toBe('spec.groups[0].rules[1].labels.severity');
    expect(f.message).toMatch(/WebDown/);
  });

  test('fails when both summary and description are missing', () => {
    const [f] = expectFail('KW-MON-002', [prometheusRule([alert({ annotations: { runbook_url: 'https://runbooks/web' } })])]);
    expect(f.field).toBe('spec.groups[0].rules[0].annotations');
  });

  test('empty values count as missing; both problems are reported', () => {
    const found = expectFail('KW-MON-002', [prometheusRule([alert({ labels: { severity: '' }, annotations: { summary: ' ' } })])]);
    expect(found).toHaveLength(2);
  });

  test('a rule without labels or annotations at all fails', () => {
    expectFail('KW-MON-002', [prometheusRule([{ alert: 'Bare', expr: 'vector(1)' }])]);
  });

  test('other kinds are out of scope', () => {
    expectNotApplicable('KW-MON-002', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'shop' } }]);
  });
});
