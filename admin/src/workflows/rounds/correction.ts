import type { CorrectionAction, CorrectRoundMutationVariables } from '../../generated-api/operations';

/**
 * 更正 (docs/lottery.md, "Corrections"): the rows of the correction dialog turned into the API's changes,
 * the actions each application may take, the API's field errors put back on their rows, and the notice's
 * moves as words. Pure, so that the unit tests hold the rules the dialog follows.
 */
export interface ChangeDraft {
  applicationId: string;
  action: CorrectionAction | '';
  /** RETIER only: the corrected tier. */
  tier: number | '';
}

export const emptyChange = (): ChangeDraft => ({ applicationId: '', action: '', tier: '' });

/**
 * What an application's status allows, as the API checks it: a tier corrected or an exclusion for one in
 * the draw, a reinstatement for one withdrawn; a disqualified one takes nothing more.
 */
export function actionsFor(status: string | null | undefined): CorrectionAction[] {
  if (status === 'WON' || status === 'WAITLISTED' || status === 'APPLIED') return ['RETIER', 'EXCLUDE'];
  if (status === 'WITHDRAWN') return ['REINSTATE'];
  return [];
}

/**
 * The tiers a RETIER may pick: 1 to the round's tier count (its rules and 其他, from the notice's tierLabels;
 * the most a round can have while unknown), without the current one.
 */
export const MAX_TIERS = 6;
export function tierChoices(current: number | null | undefined, max = MAX_TIERS): number[] {
  return Array.from({ length: max }, (_, i) => i + 1).filter((t) => t !== current);
}

/** Problems found before asking the API, keyed as the API keys its own (`changes.<i>.applicationId` …). */
export type ChangeErrors = Record<string, string>;

/**
 * The mutation's variables, or the rows' errors (message keys under linli.correction.*). Every row is
 * sent in order, so that the API's `changes.<i>` errors name the row shown at index i.
 */
export function correctionVariables(
  objectionId: string,
  drafts: ChangeDraft[],
): { variables: CorrectRoundMutationVariables } | { errors: ChangeErrors } {
  const errors: ChangeErrors = {};
  if (!drafts.length) errors.changes = 'linli.correction.need_change';
  const seen = new Set<string>();
  drafts.forEach((d, i) => {
    if (!d.applicationId) errors[`changes.${i}.applicationId`] = 'linli.correction.need_application';
    else if (seen.has(d.applicationId)) errors[`changes.${i}.applicationId`] = 'linli.correction.twice';
    else if (!d.action) errors[`changes.${i}.action`] = 'linli.correction.need_action';
    else if (d.action === 'RETIER' && d.tier === '') errors[`changes.${i}.tier`] = 'linli.correction.need_tier';
    seen.add(d.applicationId);
  });
  if (Object.keys(errors).length) return { errors };
  return {
    variables: {
      objectionId,
      changes: drafts.map((d) => ({
        applicationId: d.applicationId,
        action: d.action as CorrectionAction,
        tier: d.action === 'RETIER' ? Number(d.tier) : null,
      })),
    },
  };
}

/** The API's BAD_USER_INPUT fieldErrors (strings only; `root` is the whole message). */
export function fieldErrorsOf(e: { body?: { errors?: Record<string, unknown> } }): ChangeErrors {
  return Object.fromEntries(
    Object.entries(e.body?.errors ?? {}).filter(([k, v]) => k !== 'root' && typeof v === 'string'),
  ) as ChangeErrors;
}

/** Whether an objection may still lead to a correction: upheld, not used yet (one per objection), round on notice. */
export function correctionOffered(
  objection: { status?: string | null; correctedAt?: unknown },
  roundStatus: string | null | undefined,
): boolean {
  return objection.status === 'UPHELD' && !objection.correctedAt && roundStatus === 'DRAWN';
}

/** A notice's outcome text ("WON 3", "WAITLISTED 1", "DISQUALIFIED", "WITHDRAWN") as a message and its position. */
export function outcomeParts(text: string): { key: string; position: number | null } {
  const [word, n] = text.trim().split(/\s+/);
  return { key: (word ?? '').toLowerCase(), position: n ? Number(n) : null };
}
