import { resourceSettingRule } from './resource-setting';

/**
 * KW-RES-001 CPU requests are set.
 * Pass: every container and init container sets a non-empty resources.requests.cpu.
 * Fail: some container or init container lacks resources.requests.cpu.
 */
export const KW_RES_001 = resourceSettingRule({
  id: 'KW-RES-001',
  section: 'requests',
  resource: 'cpu',
  why: 'the scheduler places pods by their requests, and a tenant without them can crowd out its neighbours',
});
