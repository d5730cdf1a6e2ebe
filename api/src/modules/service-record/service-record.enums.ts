import { defineEnum, type EnumValue } from '../../common/enums';

export const ServiceRecordKind = defineEnum('ServiceRecordKind', {
  COUNSELING: ['心理疏导', 'Counselling'],
  HOME_VISIT: ['入户走访', 'Home visit'],
  FAMILY_MEDIATION: ['家庭调解', 'Family mediation'],
  REFERRAL: ['转介', 'Referral'],
  TRAINING: ['培训', 'Training'],
  OTHER: ['其他', 'Other'],
});
export type ServiceRecordKind = EnumValue<typeof ServiceRecordKind>;
