import { cluster, expectCloudFail, expectCloudPass } from '../fixtures/clu';

describe('KW-CLU-005 cluster deletion protection |', () => {
  test('passes when deletionProtection is true', () => {
    expectCloudPass('KW-CLU-005', [cluster()]);
  });

  test('fails when false or unset (provider default false)', () => {
    const [f] = expectCloudFail('KW-CLU-005', [cluster({ deletionProtection: false })]);
    expect(f.field).toBe('deletionProtection');
    expectCloudFail('KW-CLU-005', [cluster({ deletionProtection: undefined })]);
  });
});
