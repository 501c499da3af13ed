import { assertCron, assertTimeZone, cronProblem, isTimeZone } from '../../lib/core/cron';
import { KubewardError } from '../../lib/core/errors';

describe('cron |', () => {
  test('standard five-field expressions pass: numbers, names, ranges, lists, steps', () => {
    for (const ok of ['0 2 * * *', '*/15 * * * *', '0 3 1-15 JAN,JUL MON-FRI', '5 4 * * 0', '0 0 1 */3 *', '0 0 29 2 *', '0 0 31 1-2 *', '0 0 31 2 MON', '0 0 30,31 */2 *', '007 2 * * *']) {
      expect([ok, cronProblem(ok)]).toEqual([ok, undefined]);
    }
  });

  test('out-of-range values, backwards ranges and wrong field counts are problems', () => {
    expect(cronProblem('0 24 * * *')).toMatch(/hour "24" is outside 0-23/);
    expect(cronProblem('60 * * * *')).toMatch(/minute/);
    expect(cronProblem('0 0 * 13 *')).toMatch(/month/);
    expect(cronProblem('0 0 * * 5-1')).toMatch(/backwards/);
    expect(cronProblem('0 2 * *')).toMatch(/has 4 fields, not 5/);
    expect(cronProblem(42)).toBeDefined();
  });

  test('macros and "?" only where the caller allows them (CronJob), never for Velero', () => {
    expect(cronProblem('@daily')).toMatch(/macro/);
    expect(cronProblem('@daily', { macros: true })).toBeUndefined();
    expect(cronProblem('@fortnightly', { macros: true })).toBeDefined();
    expect(cronProblem('0 0 ? * MON')).toBeDefined();
    expect(cronProblem('0 0 ? * MON', { questionMark: true })).toBeUndefined();
    expect(cronProblem('CRON_TZ=Asia/Shanghai 0 2 * * *', { macros: true, questionMark: true })).toMatch(/time zone/);
  });

  test('assertCron throws the library error with path, prop and fix', () => {
    expect(() => assertCron('payments', 'backup.schedule', '0 25 * * *')).toThrow(KubewardError);
    expect(() => assertCron('payments', 'backup.schedule', '0 25 * * *')).toThrow(/^\[payments\] backup\.schedule: .*Fix: /s);
    expect(assertCron('payments', 'backup.schedule', '0 2 * * *')).toBe('0 2 * * *');
  });

  test('day-of-week is 0-6 as robfig/cron v3 bounds it: 7 is refused, not read as Sunday', () => {
    expect(cronProblem('5 4 * * 7')).toMatch(/day of week "7" is outside 0-6/);
    expect(cronProblem('5 4 * * 1-7')).toMatch(/outside 0-6/);
    expect(cronProblem('5 4 * * SUN')).toBeUndefined();
  });

  test('a schedule that can never fire is refused (day-of-month against each allowed month)', () => {
    for (const never of ['0 0 31 2 *', '0 0 30 2 *', '0 0 30,31 2 *', '0 0 31 4,6,9,11 *', '0 0 31 FEB ?']) {
      expect([never, cronProblem(never, { questionMark: true })]).toEqual([never, expect.stringMatching(/never fires/)]);
    }
    // A restricted day-of-week beside it: robfig/cron fires on either, so it fires.
    expect(cronProblem('0 0 31 2 1')).toBeUndefined();
    // "N/step" runs from N to the maximum: day 30/1 of February never exists, day 29/1 does.
    expect(cronProblem('0 0 30/1 2 *')).toMatch(/never fires/);
    expect(cronProblem('0 0 29/1 2 *')).toBeUndefined();
  });

  test('tabs and line breaks are refused, anywhere', () => {
    for (const bad of ['0 0 * * *\n', '0 0\n* * *', '0\t0 * * *', '\r0 0 * * *']) {
      expect([bad, cronProblem(bad)]).toEqual([bad, expect.stringMatching(/tab or line break/)]);
    }
  });

  test('time zones: IANA names (ICU as the oracle), UTC and Etc/UTC; case, aliases and inventions refused', () => {
    expect(['UTC', 'Etc/UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/Berlin'].filter((z) => !isTimeZone(z))).toEqual([]);
    expect(['Mars/Olympus', 'asia/shanghai', '', ' UTC', 'UTC+8', '+08:00', 'Asia/Shanghai\n', 42, undefined].filter((z) => isTimeZone(z))).toEqual([]);
    expect(() => assertTimeZone('jobs', 'timeZone', 'Mars/Olympus')).toThrow(/\[jobs\] timeZone: "Mars\/Olympus" is not an IANA time zone name/);
    expect(() => assertTimeZone('jobs', 'timeZone', 'asia/shanghai')).toThrow(/canonical IANA name "Asia\/Shanghai"/);
  });
});
