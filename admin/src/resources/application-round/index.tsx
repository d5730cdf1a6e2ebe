import type { ResourceScreens } from '../../app/screens';
import { ApplicationRoundShow } from './ApplicationRoundShow';

/** 报名轮次: the generated list, and a page that runs the round (applications, draw, notice, objections). */
export const applicationRoundOverrides: Partial<ResourceScreens> = {
  show: ApplicationRoundShow,
};
