import {
  ApplyForPlaceDocument,
  ClassRoundsDocument,
  ConfirmRoundDocument,
  CorrectRoundDocument,
  DrawRoundDocument,
  OpenRoundDocument,
  ProjectClassesForRoundDocument,
  RecordObjectionDocument,
  ResolveObjectionDocument,
  RoundApplicationsDocument,
  RoundClassDocument,
  RoundNoticeDocument,
  RoundObjectionsDocument,
  WithdrawApplicationDocument,
  type ApplyForPlaceMutationVariables,
  type CorrectRoundMutationVariables,
  type ObjectionRowFieldsFragment,
  type OpenRoundMutationVariables,
  type ProjectClassesForRoundQuery,
  type RoundApplicationFieldsFragment,
  type RoundClassQuery,
  type RoundNoticeQuery,
  type RoundRecordFieldsFragment,
} from '../../generated-api/operations';
import { runMutation, runQuery } from './call';

/**
 * 摇号 (docs/lottery.md): a class's rounds, opening one, applications, the draw, the public notice, objections
 * and the confirmation. The documents are in operations/round.graphql.
 */
export type Round = RoundRecordFieldsFragment;
export type RoundWithClass = NonNullable<RoundClassQuery['round']>;
export type RoundApplication = RoundApplicationFieldsFragment;
export type RoundObjection = ObjectionRowFieldsFragment;
export type RoundNotice = RoundNoticeQuery['notice'];
export type OpenRoundInput = OpenRoundMutationVariables;
export type ApplyInput = ApplyForPlaceMutationVariables;
/** A class of the project; `busy` when it is in a round not yet confirmed (it cannot join another). */
export type ProjectClass = ProjectClassesForRoundQuery['rows'][number] & { busy: boolean };

/** The API's largest page. */
const PAGE = 100;

export const roundActions = {
  async classRounds(classId: string): Promise<Round[]> {
    return (await runQuery(ClassRoundsDocument, { classId })).rows;
  },

  /** The classes of a project (a round may draw several of them together), by name. */
  async projectClasses(projectId: string): Promise<ProjectClass[]> {
    const r = await runQuery(ProjectClassesForRoundDocument, { projectId });
    const busy = new Set(r.busy.flatMap((round) => round.classes.map((c) => c.classId)));
    return r.rows.map((c) => ({ ...c, busy: busy.has(c.id) }));
  },

  async roundWithClass(id: string): Promise<RoundWithClass | null> {
    return (await runQuery(RoundClassDocument, { id })).round;
  },

  /** Every application of a round, by number (a round may hold more than a page). */
  async roundApplications(roundId: string): Promise<RoundApplication[]> {
    const all: RoundApplication[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const r = await runQuery(RoundApplicationsDocument, { roundId, skip, take: PAGE });
      all.push(...r.rows);
      if (r.rows.length < PAGE) return all;
    }
  },

  async roundObjections(roundId: string): Promise<RoundObjection[]> {
    return (await runQuery(RoundObjectionsDocument, { roundId })).rows;
  },

  async roundNotice(id: string): Promise<RoundNotice> {
    return (await runQuery(RoundNoticeDocument, { id })).notice;
  },

  async openRound(input: OpenRoundInput): Promise<Round> {
    return (await runMutation(OpenRoundDocument, { ...input })).round;
  },

  async applyForPlace(input: ApplyInput): Promise<RoundApplication> {
    return (await runMutation(ApplyForPlaceDocument, { ...input })).application;
  },

  async withdrawApplication(id: string): Promise<void> {
    await runMutation(WithdrawApplicationDocument, { id });
  },

  async drawRound(id: string): Promise<Round> {
    return (await runMutation(DrawRoundDocument, { id })).round;
  },

  async recordObjection(roundId: string, applicationId: string | null, reason: string): Promise<RoundObjection> {
    return (await runMutation(RecordObjectionDocument, { roundId, applicationId, reason })).objection;
  },

  async resolveObjection(id: string, upheld: boolean, resolution: string): Promise<RoundObjection> {
    return (await runMutation(ResolveObjectionDocument, { id, upheld, resolution })).objection;
  },

  async correctRound(variables: CorrectRoundMutationVariables): Promise<Round> {
    return (await runMutation(CorrectRoundDocument, { ...variables })).round;
  },

  async confirmRound(id: string): Promise<Round> {
    return (await runMutation(ConfirmRoundDocument, { id })).round;
  },
};
