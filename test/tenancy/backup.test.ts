// Backups: the Schedule's cron and TTL are checked, and the restore drill is a valid Velero
// Restore that never targets the tenant's own namespace.
import { find, paymentsProps, synthTenant } from './fixtures';
import { assertCron, durationSeconds } from '../../lib/backup';
import { KubewardError } from '../../lib/core/errors';
import { expectSchemaValid } from '../support/schemas';

describe('backup |', () => {
  test.each(['0 2 * * *', '*/15 * * * *', '0 0-6/2 * * 1-5', '30 3 1,15 * *', '0 4 * JAN-MAR sun', '0 0 * * 0'])('accepts cron %j', (expr) => {
    expect(assertCron('t', 'backup.schedule', expr)).toBe(expr);
  });

  test.each(['', '* * * *', '* * * * * *', '60 * * * *', '0 0 0 * *', '0 0 * 13 *', '0 0 * * 8', '0 0 * * 7', '0 0 31 2 *', '0 2 * * *\n', '5-1 * * * *', '*/x * * * *', '1,,2 * * * *', ' 0 2 * * *'])('refuses cron %j', (expr) => {
    expect(() => assertCron('t', 'backup.schedule', expr)).toThrow(KubewardError);
  });

  test('Go durations', () => {
    expect(durationSeconds('720h0m0s')).toBe(720 * 3600);
    expect(durationSeconds('1.5h')).toBe(5400);
    expect(durationSeconds('90m')).toBe(5400);
    expect(durationSeconds('30d')).toBeUndefined();
    expect(durationSeconds('h')).toBeUndefined();
  });

  test('custom schedule and the restore drill manifest validate against the Velero CRDs', () => {
    const { tenant, objects } = synthTenant(paymentsProps({ backup: { schedule: '30 1 * * *', ttl: '2160h', storageLocation: 'prod-cluster-cos', volumeData: 'csi-snapshot' } }));
    expect(find(objects, 'Schedule', 'payments-daily').spec.template.storageLocation).toBe('prod-cluster-cos');
    const restore = tenant.restoreDrill();
    expect(restore).toEqual({
      apiVersion: 'velero.io/v1',
      kind: 'Restore',
      metadata: { name: 'payments-restore-drill', namespace: 'velero', labels: tenant.tenantLabels },
      spec: {
        scheduleName: 'payments-daily',
        includedNamespaces: ['payments'],
        namespaceMapping: { payments: 'payments-restore-drill' },
        restorePVs: true,
        existingResourcePolicy: 'none',
      },
    });
    expectSchemaValid([...objects, restore, tenant.restoreDrill({ targetNamespace: 'drill-2026-q1', name: 'payments-drill-2026-q1' })], { requireNamespace: true });
    expect(() => tenant.restoreDrill({ targetNamespace: 'payments' })).toThrow(/never overwrites the tenant/);
  });

  test.each([49, 50, 57, 62, 63])('a %d-character namespace keeps a whole Schedule name and gets a restore drill into another namespace', (length) => {
    // Issue 13: a 62-character namespace once got a Schedule named "<ns>-".
    const ns = `p${'a'.repeat(length - 2)}z`;
    const { tenant, objects } = synthTenant(paymentsProps(), ns);
    expect(find(objects, 'Schedule', `${ns}-daily`).spec.template.includedNamespaces).toEqual([ns]);
    const restore = tenant.restoreDrill() as any;
    const target = restore.spec.namespaceMapping[ns];
    expect(target).not.toBe(ns);
    expect(target).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    expect(restore.spec.scheduleName).toBe(`${ns}-daily`);
    expectSchemaValid([...objects, restore], { requireNamespace: true });
  });
});
