import { defineEnum, type EnumValue } from '../../common/enums';

export const PartnershipKind = defineEnum('PartnershipKind', {
  GUIDANCE: ['联系引导', 'Guidance'],
  SERVICE_PURCHASE: ['购买服务', 'Service purchase'],
  VENUE_FOR_SERVICE: ['以场地换服务', 'Venue for service'],
  CO_BUILDING: ['共驻共建', 'Co-building'],
});
export type PartnershipKind = EnumValue<typeof PartnershipKind>;

export const PartnershipStatus = defineEnum('PartnershipStatus', {
  ACTIVE: ['合作中', 'Active'],
  SUSPENDED: ['已暂停', 'Suspended'],
  ENDED: ['已终止', 'Ended'],
});
export type PartnershipStatus = EnumValue<typeof PartnershipStatus>;
