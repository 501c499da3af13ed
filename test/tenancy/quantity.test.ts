// Kubernetes quantities are parsed exactly (lib/core/quantity.ts).
import { KubewardError } from '../../lib/core/errors';
import { Quantity, compareQuantities, quantityValue, requireQuantity } from '../../lib/core/quantity';

describe('Quantity |', () => {
  test.each([
    ['500m', 0.5], ['1', 1], ['1.5', 1.5], ['.5', 0.5], ['2.', 2], ['1k', 1000], ['1M', 1e6], ['1G', 1e9], ['1T', 1e12],
    ['1Ki', 1024], ['1Mi', 1024 ** 2], ['1Gi', 1024 ** 3], ['1Ti', 1024 ** 4], ['1.5Gi', 1.5 * 1024 ** 3],
    ['5e3', 5000], ['5E3', 5000], ['1e-3', 0.001], ['100n', 1e-7], ['1u', 1e-6], ['1E', 1e18], ['+2', 2],
  ])('%s = %d', (text, value) => {
    expect(Quantity.parse(text)!.toNumber()).toBeCloseTo(value, 12);
  });

  test.each(['', '1.2.3', '1KB', '1gi', 'Gi', '1 Gi', '1e', '1e+', '--1', '1Gi1', 'm', '1e99999'])('refuses %j', (text) => {
    expect(Quantity.parse(text)).toBeUndefined();
  });

  test('compares exactly across suffixes', () => {
    expect(compareQuantities('1Gi', '1073741824')).toBe(0);
    expect(compareQuantities('1G', '1Gi')).toBe(-1);
    expect(compareQuantities('1000m', '1')).toBe(0);
    expect(compareQuantities('0.1', '100m')).toBe(0);
    expect(compareQuantities('1e3', '1k')).toBe(0);
    expect(compareQuantities('4', '4001m')).toBe(-1);
    expect(compareQuantities('9000Mi', '8Gi')).toBe(1);
    expect(compareQuantities('0.30000000000000004', '0.3')).toBe(1);
    expect(Quantity.parse('512Mi')!.times(3).compare(Quantity.parse('1.5Gi')!)).toBe(0);
  });

  test('quantityValue refuses negatives; requireQuantity throws a KubewardError', () => {
    expect(quantityValue('-1')).toBeUndefined();
    expect(quantityValue('250m')).toBe(0.25);
    expect(() => requireQuantity('app/x', 'resources.cpu', '1 core', '500m')).toThrow(KubewardError);
    expect(() => requireQuantity('app/x', 'resources.cpu', '0', '500m')).toThrow(/not a positive Kubernetes quantity/);
  });
});
