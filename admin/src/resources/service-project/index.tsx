import type { ResourceScreens } from '../../app/screens';
import { ServiceProjectShow } from './ServiceProjectShow';

/** 服务项目: the generated screens, with the lifecycle, the overview and settlement on its page. */
export const serviceProjectOverrides: Partial<ResourceScreens> = { show: ServiceProjectShow };
