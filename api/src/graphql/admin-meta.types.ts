import { Field, Int, ObjectType } from 'type-graphql';

/** What the console needs to build its screens from the schema (DESIGN §4, `_adminMeta`). */
@ObjectType('AdminLabel')
export class AdminLabel {
  @Field() zh!: string;
  @Field() en!: string;
}

@ObjectType('AdminEnumValue')
export class AdminEnumValue {
  @Field() value!: string;
  @Field(() => AdminLabel) label!: AdminLabel;
}

@ObjectType('AdminField')
export class AdminField {
  @Field() name!: string;
  @Field(() => AdminLabel) label!: AdminLabel;
  @Field({
    description:
      'string, text, int, money (fen), bp (basis points), boolean, date, time, datetime, enum, enumList, intList, ref',
  })
  kind!: string;
  @Field() required!: boolean;
  @Field() readOnly!: boolean;
  @Field() createOnly!: boolean;
  @Field() filterable!: boolean;
  @Field() sortable!: boolean;
  @Field({ description: 'Personal data: shown masked' }) personal!: boolean;
  @Field(() => String, { nullable: true, description: 'kind ref: the target resource' }) target?: string | null;
  @Field(() => String, { nullable: true, description: 'kind ref: the relation field holding the object' })
  relation?: string | null;
  @Field(() => String, { nullable: true }) enumName?: string | null;
  @Field(() => [AdminEnumValue], { nullable: true }) enumValues?: AdminEnumValue[] | null;
  @Field(() => Int, { nullable: true }) min?: number | null;
  @Field(() => Int, { nullable: true }) max?: number | null;
  @Field(() => Int, { nullable: true }) maxLength?: number | null;
  @Field(() => String, { nullable: true }) format?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'How the console shows the value: internal (not at all), detail (not in lists), orgPath, resourceName, fieldNames, recordLink, ageMonths',
  })
  showAs?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field({ description: 'Whether the current user may read this field (analysts: no personal fields)' })
  readable!: boolean;
}

@ObjectType('AdminRelation')
export class AdminRelation {
  @Field() name!: string;
  @Field() target!: string;
  @Field({ description: 'The foreign key on the target pointing back here' }) inverse!: string;
  @Field(() => AdminLabel) label!: AdminLabel;
}

@ObjectType('AdminOperations', { description: 'GraphQL field names of the operations; null when not offered' })
export class AdminOperations {
  @Field() one!: string;
  @Field() list!: string;
  @Field() count!: string;
  @Field() connection!: string;
  @Field(() => String, { nullable: true }) create?: string | null;
  @Field(() => String, { nullable: true }) createMany?: string | null;
  @Field(() => String, { nullable: true }) update?: string | null;
  @Field(() => String, { nullable: true }) updateMany?: string | null;
  @Field(() => String, { nullable: true }) delete?: string | null;
  @Field(() => String, { nullable: true }) deleteMany?: string | null;
  @Field(() => String, { nullable: true }) restore?: string | null;
}

@ObjectType('AdminPermissions', { description: 'What the current user may do with the resource' })
export class AdminPermissions {
  @Field() read!: boolean;
  @Field({
    description:
      'Whether the console offers the list and menu entry (analysts: no lists of people; partners: no organization management)',
  })
  list!: boolean;
  @Field() create!: boolean;
  @Field() update!: boolean;
  @Field() delete!: boolean;
}

@ObjectType('AdminSort', { description: 'The order lists have when the caller gives none (id breaks ties)' })
export class AdminSort {
  @Field() field!: string;
  @Field({ description: 'ASC or DESC' }) order!: string;
}

@ObjectType('AdminResource')
export class AdminResource {
  @Field(() => AdminPermissions) permissions!: AdminPermissions;
  @Field({ description: 'GraphQL type name' }) name!: string;
  @Field(() => AdminLabel) label!: AdminLabel;
  @Field(() => AdminOperations) operations!: AdminOperations;
  @Field(() => [String], { description: 'Fields the search argument looks in' }) searchFields!: string[];
  @Field(() => [String], {
    nullable: true,
    description: "What names a record on screen: paths through its relations, joined with ' · '",
  })
  title?: string[] | null;
  @Field(() => AdminSort, { nullable: true }) defaultSort?: AdminSort | null;
  @Field(() => [AdminField]) fields!: AdminField[];
  @Field(() => [AdminRelation]) relations!: AdminRelation[];
}
