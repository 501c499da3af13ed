import { resourceSettingRule } from './resource-setting';

/**
 * KW-RES-004 CPU limits are set.
 * Pass: every container and init container sets a non-empty resources.limits.cpu.
 * Fail: some container or init container lacks resources.limits.cpu.
 *
 * Low severity on purpose: CPU limits cause throttling, so some teams suppress this with a reason.
 */
export const KW_RES_004 = resourceSettingRule({
  id: 'KW-RES-004',
  section: 'limits',
  resource: 'cpu',
  why: 'it bounds how much node CPU one tenant can take; suppress with a reason if throttling is the bigger risk',
});
