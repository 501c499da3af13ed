// Issue 10, defect 6: backups written for the backend actually present. TKE's backup add-on
// `tke-backup` (Velero-based) runs in namespace tke-backup (TKE docs 457/55040), a self-installed
// Velero in velero; a Velero server acts only on Schedules and Restores of its own namespace.
// The storage location must be one the platform creates, and volume data must really be captured:
// `snapshotVolumes: true` alone needs a VolumeSnapshotLocation or CSI snapshots, which no Velero
// plugin provides for CBS disks (Velero's Tencent Cloud guide uses file-system backup instead).
import { Testing } from 'cdk8s';
import { find, paymentsProps, synthTenant } from './fixtures';
import { SecureTenant } from '../../lib/tenancy';
import { expectSchemaValid } from '../support/schemas';

const NO_MESH = { mesh: { enabled: false as const, reason: 'backups do not depend on the mesh' } };
const props = (o: Parameters<typeof paymentsProps>[0] = {}) => paymentsProps({ ...NO_MESH, ...o });
const TKE = { backend: 'tke-backup' as const, storageLocation: 'prod-cos', volumeData: 'fs-backup' as const };

/** Whether a Velero Schedule template captures volume data under the backend's capabilities. */
type Capabilities = { nodeAgent: boolean; snapshotLocation: boolean; csiSnapshots: boolean };
function capturesVolumeData(template: Record<string, any>, backend: Capabilities): boolean {
  if (template.defaultVolumesToFsBackup === true) return backend.nodeAgent;
  if (template.snapshotVolumes === true) return backend.snapshotLocation || backend.csiSnapshots;
  return false;
}

describe('backups for the backend actually present |', () => {
  test('tke-backup: the Schedule lives in tke-backup and names the repository the platform creates', () => {
    const { objects, tenant } = synthTenant(props({ backup: TKE }));
    const schedule = find(objects, 'Schedule', 'payments-daily');
    expect(schedule.metadata.namespace).toBe('tke-backup');
    expect(schedule.spec.template.storageLocation).toBe('prod-cos');
    expect(tenant.backup).toMatchObject({ backend: 'tke-backup', veleroNamespace: 'tke-backup', storageLocation: 'prod-cos', volumeData: 'fs-backup' });
    expectSchemaValid([schedule]);
  });

  test('the restore drill follows the backend\'s namespace', () => {
    const { tenant } = synthTenant(props({ backup: TKE }));
    const restore = tenant.restoreDrill() as Record<string, any>;
    expect(restore.metadata.namespace).toBe('tke-backup');
    expectSchemaValid([restore]);
  });

  test('tke-backup without a location or a volume-data choice is refused: kubeward does not guess either', () => {
    const make = (backup: Record<string, unknown>) => () => new SecureTenant(Testing.app(), 'payments', props({ backup: backup as never }));
    expect(make({ backend: 'tke-backup', volumeData: 'fs-backup' })).toThrow(/backup\.storageLocation.*required with backend tke-backup/);
    expect(make({ backend: 'tke-backup', storageLocation: 'prod-cos' })).toThrow(/backup\.volumeData.*required with backend tke-backup/);
    expect(make({ backend: 'bacula' })).toThrow(/backup\.backend/);
    expect(make({ volumeData: 'snapshots' })).toThrow(/backup\.volumeData/);
  });

  test('a self-installed Velero keeps Velero\'s defaults: namespace velero, location default, file-system backup', () => {
    const { objects } = synthTenant(props());
    const schedule = find(objects, 'Schedule', 'payments-daily');
    expect(schedule.metadata.namespace).toBe('velero');
    expect(schedule.spec.template).toMatchObject({ storageLocation: 'default', defaultVolumesToFsBackup: true, snapshotVolumes: false });
  });

  test.each([
    ['fs-backup', { nodeAgent: true, snapshotLocation: false, csiSnapshots: false }, true],
    ['csi-snapshot', { nodeAgent: false, snapshotLocation: false, csiSnapshots: true }, true],
    ['csi-snapshot', { nodeAgent: true, snapshotLocation: false, csiSnapshots: false }, false],
  ] as const)('volumeData %s captures data exactly when its mechanism runs (%j)', (volumeData, backend, captured) => {
    const { objects, tenant } = synthTenant(props({ backup: { ...TKE, volumeData } }));
    const template = find(objects, 'Schedule', 'payments-daily').spec.template;
    expect(capturesVolumeData(template, backend)).toBe(captured);
    // One mechanism at a time: never snapshots and file-system backup together.
    expect(template.snapshotVolumes && template.defaultVolumesToFsBackup).toBe(false);
    expect((tenant.restoreDrill() as Record<string, any>).spec.restorePVs).toBe(volumeData === 'csi-snapshot');
  });

  test('volumeData none is an explicit choice that captures nothing', () => {
    const template = find(synthTenant(props({ backup: { ...TKE, volumeData: 'none' } })).objects, 'Schedule', 'payments-daily').spec.template;
    expect(template).toMatchObject({ snapshotVolumes: false, defaultVolumesToFsBackup: false });
  });

  test('snapshotVolumes, which captured nothing on TKE, is refused with the replacement named', () => {
    expect(() => new SecureTenant(Testing.app(), 'payments', props({ backup: { snapshotVolumes: true } as never }))).toThrow(/volumeData/);
  });
});
