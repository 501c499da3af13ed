import { describeResourceSetting } from '../fixtures/resource-setting';

describeResourceSetting('KW-RES-002', 'memory requests are set', 'requests', 'memory');
