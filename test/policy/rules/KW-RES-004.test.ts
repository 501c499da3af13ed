import { describeResourceSetting } from '../fixtures/resource-setting';

describeResourceSetting('KW-RES-004', 'cpu limits are set', 'limits', 'cpu');
