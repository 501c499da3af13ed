import { describeResourceSetting } from '../fixtures/resource-setting';

describeResourceSetting('KW-RES-003', 'memory limits are set', 'limits', 'memory');
