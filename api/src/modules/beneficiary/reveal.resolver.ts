import { Arg, Ctx, ID, Mutation, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { revealPersonalInfo } from './reveal.service';

export enum RevealableField {
  idNumber = 'idNumber',
  phone = 'phone',
}
registerEnumType(RevealableField, { name: 'RevealableField' });

@Resolver()
export class RevealResolver {
  @Mutation(() => String, {
    nullable: true,
    description: 'The clear value of a masked personal field, for a stated reason; every reveal is audited',
  })
  revealPersonalInfo(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('field', () => RevealableField) field: RevealableField,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return revealPersonalInfo(ctx.em, ctx, beneficiaryId, field, reason);
  }
}
