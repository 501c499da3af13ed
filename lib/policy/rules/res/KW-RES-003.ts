import { resourceSettingRule } from './resource-setting';

/**
 * KW-RES-003 Memory limits are set.
 * Pass: every container and init container sets a non-empty resources.limits.memory.
 * Fail: some container or init container lacks resources.limits.memory.
 */
export const KW_RES_003 = resourceSettingRule({
  id: 'KW-RES-003',
  section: 'limits',
  resource: 'memory',
  why: 'an unbounded container can exhaust the node memory shared with other tenants',
});
