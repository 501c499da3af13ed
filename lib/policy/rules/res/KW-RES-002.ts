import { resourceSettingRule } from './resource-setting';

/**
 * KW-RES-002 Memory requests are set.
 * Pass: every container and init container sets a non-empty resources.requests.memory.
 * Fail: some container or init container lacks resources.requests.memory.
 */
export const KW_RES_002 = resourceSettingRule({
  id: 'KW-RES-002',
  section: 'requests',
  resource: 'memory',
  why: 'without it the scheduler overcommits the node and the pod is among the first evicted under memory pressure',
});
