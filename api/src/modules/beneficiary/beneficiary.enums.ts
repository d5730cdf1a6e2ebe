import { defineEnum, type EnumValue } from '../../common/enums';

export const Gender = defineEnum('Gender', {
  MALE: ['男', 'Male'],
  FEMALE: ['女', 'Female'],
});
export type Gender = EnumValue<typeof Gender>;

export const BeneficiaryCategory = defineEnum('BeneficiaryCategory', {
  WORKER: ['职工', 'Worker'],
  NEW_EMPLOYMENT_FORM_WORKER: ['新就业形态劳动者', 'New-employment-form worker'],
  INDUSTRIAL_WORKER: ['产业工人', 'Industrial worker'],
  DIFFICULT_WORKER: ['困难职工', 'Worker in difficulty'],
  DUAL_EARNER_FAMILY: ['双职工家庭', 'Dual-earner family'],
  CHILD: ['儿童', 'Child'],
  INFANT: ['婴幼儿', 'Infant'],
  LEFT_BEHIND_CHILD: ['留守儿童', 'Left-behind child'],
  CHILD_IN_DIFFICULTY: ['困境儿童', 'Child in difficulty'],
  FULL_TIME_MOTHER: ['全职妈妈', 'Full-time mother'],
  WOMAN: ['妇女', 'Woman'],
  ELDERLY: ['老年人', 'Elderly'],
  DISABLED: ['残疾人', 'Person with disability'],
  OTHER: ['其他', 'Other'],
});
export type BeneficiaryCategory = EnumValue<typeof BeneficiaryCategory>;

export const GuardianRelation = defineEnum('GuardianRelation', {
  FATHER: ['父亲', 'Father'],
  MOTHER: ['母亲', 'Mother'],
  GRANDPARENT: ['祖父母/外祖父母', 'Grandparent'],
  OTHER_RELATIVE: ['其他亲属', 'Other relative'],
  OTHER: ['其他', 'Other'],
});
export type GuardianRelation = EnumValue<typeof GuardianRelation>;

export const ConsentPurpose = defineEnum('ConsentPurpose', {
  SERVICE_ENROLLMENT: ['报名服务', 'Service enrollment'],
  SUBSIDY_AUDIT: ['补贴审核', 'Subsidy audit'],
  PHOTO_PUBLICITY: ['照片宣传', 'Photo publicity'],
  DATA_EXPORT: ['数据导出', 'Data export'],
});
export type ConsentPurpose = EnumValue<typeof ConsentPurpose>;

/**
 * CHECK expression keeping a `text[]` column of BeneficiaryCategory values valid (MikroORM adds
 * checks for scalar enums only), e.g. `categories <@ array['WORKER', …]::text[]`.
 */
export const beneficiaryCategoriesCheck = (column: string): string =>
  `${column} <@ array[${Object.keys(BeneficiaryCategory)
    .map((v) => `'${v}'`)
    .join(', ')}]::text[]`;
