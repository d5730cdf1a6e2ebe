import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { RosterImportResult, RosterRowInput } from './roster.inputs';
import { importRoster, MAX_ROSTER_ROWS } from './roster-import.service';

@Resolver()
export class RosterResolver {
  @Mutation(() => RosterImportResult, {
    description:
      `Imports a roster into a class: checks every row (ID checksum, phone, duplicates in the file and against registered people, ` +
      `required fields, age range, guardian consent under 14). dryRun: reports every row's errors and writes nothing. ` +
      `Otherwise registers and enrolls every row in one transaction, or nothing when any row is wrong (BAD_USER_INPUT with ` +
      `fieldErrors keyed rows.<index>.<field>). At most ${MAX_ROSTER_ROWS} rows.`,
  })
  importRoster(
    @Arg('classId', () => ID) classId: string,
    @Arg('rows', () => [RosterRowInput]) rows: RosterRowInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Arg('progressKey', () => String, {
      nullable: true,
      description: 'A UUID the client chose: `workProgress(key)` tells how far the import is while it runs',
    })
    progressKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<RosterImportResult> {
    return importRoster(ctx, classId, rows, dryRun, progressKey);
  }
}
