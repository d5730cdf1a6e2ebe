import { Field, InputType, Int, ObjectType } from 'type-graphql';

/**
 * One line of a roster file (名单), as the console reads it from .xlsx or .csv. Values stay text the
 * way people type them (性别 "女", 类别 "职工子女、留守儿童", 关系 "母亲"); the server parses and checks
 * them (roster-rows.ts), so the rules live in one place.
 */
@InputType('RosterRowInput')
export class RosterRowInput {
  @Field(() => String, { nullable: true, description: '姓名' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '性别: 男/女 (MALE/FEMALE); from the ID number if empty' })
  gender?: string | null;
  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD; from the ID number if empty' })
  birthDate?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 (GB 11643 checksum)' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '手机号码' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '人员类别, labels or codes separated by 、 , ;' })
  categories?: string | null;
  @Field(() => Int, { nullable: true, description: '预约天数; default: every day the class meets' })
  days?: number | null;
  @Field(() => String, { nullable: true, description: '监护人姓名' }) guardianName?: string | null;
  @Field(() => String, { nullable: true, description: '监护人身份证号' }) guardianIdNumber?: string | null;
  @Field(() => String, { nullable: true, description: '监护人手机号码' }) guardianPhone?: string | null;
  @Field(() => String, { nullable: true, description: '监护人性别 (when neither relation nor ID number tells)' })
  guardianGender?: string | null;
  @Field(() => String, { nullable: true, description: '与儿童关系: 父亲/母亲/祖父母/外祖父母/其他亲属/其他' })
  guardianRelation?: string | null;
  @Field(() => Boolean, { nullable: true, description: '监护人已书面同意: records a Consent given by the guardian' })
  guardianConsent?: boolean | null;
}

@ObjectType('RosterFieldError')
export class RosterFieldError {
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType('RosterRowResult')
export class RosterRowResult {
  @Field(() => Int, { description: 'Position in the rows sent, from 0' }) index!: number;
  @Field(() => [RosterFieldError]) errors!: RosterFieldError[];
  @Field(() => Boolean, { description: 'The person is already registered (same ID number) and is enrolled as is' })
  existing!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'ENROLLED or WAITLISTED: what the row got (committed) or would get (dry run)',
  })
  status?: string | null;
  @Field(() => String, { nullable: true, description: 'The person, once imported' }) beneficiaryId?: string | null;
}

@ObjectType('RosterImportResult')
export class RosterImportResult {
  @Field() dryRun!: boolean;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Rows without errors' }) valid!: number;
  @Field(() => Int, { description: 'People registered by this import (children and guardians)' }) created!: number;
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) waitlisted!: number;
  @Field(() => [RosterRowResult]) rows!: RosterRowResult[];
}
