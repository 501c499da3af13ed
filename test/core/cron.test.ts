import { assertCron, cronProblem } from '../../lib/core/cron';
import { KubewardError } from '../../lib/core/errors';

describe('cron |', () => {
  test('standard five-field expressions pass: numbers, names, ranges, lists, steps', () => {
    for (const ok of ['0 2 * * *', '*/15 * * * *', '0 3 1-15 JAN,JUL MON-FRI', '5 4 * * 7', '0 0 1 */3 *', '007 2 * * *']) {
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
});
