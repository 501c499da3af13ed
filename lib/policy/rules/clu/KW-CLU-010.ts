import { isTrueInput, stringInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';
import type { Violation } from '../../types';

/** Pulumi type token of a TCR namespace, where image scanning and blocking are set. */
export const TCR_NAMESPACE_TYPE = 'tencentcloud:Tcr/namespace:Namespace';

const SEVERITIES = ['low', 'medium', 'high'];

/**
 * KW-CLU-010 TCR namespaces scan pushed images and block vulnerable ones.
 * Pass: isAutoScan is true, isPreventVul is true and severity is low, medium or high.
 * Fail: isAutoScan or isPreventVul is false or unset (both default to false), or severity is unset.
 */
export const KW_CLU_010: CloudRule = {
  id: 'KW-CLU-010',
  target: 'cloud',
  types: [TCR_NAMESPACE_TYPE],
  evaluate(resource) {
    const out: Violation[] = [];
    if (!isTrueInput(resource.inputs.isAutoScan)) {
      out.push({ message: 'isAutoScan is not true (it defaults to false), so pushed images are never scanned for vulnerabilities; set isAutoScan: true.', field: 'isAutoScan' });
    }
    if (!isTrueInput(resource.inputs.isPreventVul)) {
      out.push({ message: 'isPreventVul is not true (it defaults to false), so images with known vulnerabilities can still be pulled; set isPreventVul: true.', field: 'isPreventVul' });
    }
    const severity = stringInput(resource.inputs.severity);
    if (severity === undefined || !SEVERITIES.includes(severity)) {
      out.push({ message: `severity is ${severity === undefined ? 'unset' : `"${severity}"`}, so blocking has no threshold; set it to low, medium or high.`, field: 'severity' });
    }
    return out;
  },
};
