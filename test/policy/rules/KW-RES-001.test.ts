import { describeResourceSetting } from '../fixtures/resource-setting';

describeResourceSetting('KW-RES-001', 'cpu requests are set', 'requests', 'cpu');
