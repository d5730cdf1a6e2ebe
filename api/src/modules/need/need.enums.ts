import { defineEnum, type EnumValue } from '../../common/enums';

export const NeedStatus = defineEnum('NeedStatus', {
  OPEN: ['待匹配', 'Open'],
  MATCHED: ['已匹配', 'Matched'],
  IN_PROGRESS: ['服务中', 'In progress'],
  FULFILLED: ['已满足', 'Fulfilled'],
  CLOSED: ['已关闭', 'Closed'],
});
export type NeedStatus = EnumValue<typeof NeedStatus>;
