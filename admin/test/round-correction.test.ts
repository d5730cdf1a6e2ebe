import {
  actionsFor,
  correctionOffered,
  correctionVariables,
  emptyChange,
  fieldErrorsOf,
  outcomeParts,
  tierChoices,
} from '../src/workflows/rounds/correction';

/** 更正: the dialog's rows as the API's changes, and the rules it offers them by (docs/lottery.md). */
describe('round correction', () => {
  it('offers what the application’s status allows', () => {
    expect(actionsFor('WON')).toEqual(['RETIER', 'EXCLUDE']);
    expect(actionsFor('WAITLISTED')).toEqual(['RETIER', 'EXCLUDE']);
    expect(actionsFor('WITHDRAWN')).toEqual(['REINSTATE']);
    expect(actionsFor('DISQUALIFIED')).toEqual([]);
    expect(actionsFor(null)).toEqual([]);
  });

  it('offers every tier but the current one', () => {
    expect(tierChoices(2, 4)).toEqual([1, 3, 4]);
    expect(tierChoices(null)).toHaveLength(6);
  });

  it('turns the rows into variables in order, a tier only for RETIER', () => {
    const v = correctionVariables('o1', [
      { applicationId: 'a1', action: 'EXCLUDE', tier: 2 },
      { applicationId: 'a2', action: 'RETIER', tier: 1 },
      { applicationId: 'a3', action: 'REINSTATE', tier: '' },
    ]);
    expect(v).toEqual({
      variables: {
        objectionId: 'o1',
        changes: [
          { applicationId: 'a1', action: 'EXCLUDE', tier: null },
          { applicationId: 'a2', action: 'RETIER', tier: 1 },
          { applicationId: 'a3', action: 'REINSTATE', tier: null },
        ],
      },
    });
  });

  it('keys incomplete rows as the API keys its errors, before asking it', () => {
    expect(correctionVariables('o1', [])).toEqual({ errors: { changes: 'linli.correction.need_change' } });
    expect(
      correctionVariables('o1', [
        emptyChange(),
        { applicationId: 'a1', action: '', tier: '' },
        { applicationId: 'a2', action: 'RETIER', tier: '' },
        { applicationId: 'a1', action: 'EXCLUDE', tier: '' },
      ]),
    ).toEqual({
      errors: {
        'changes.0.applicationId': 'linli.correction.need_application',
        'changes.1.action': 'linli.correction.need_action',
        'changes.2.tier': 'linli.correction.need_tier',
        'changes.3.applicationId': 'linli.correction.twice',
      },
    });
  });

  it('reads the API’s field errors without the whole message', () => {
    const e = { body: { errors: { 'changes.1.tier': '优先级须为1～2', root: { serverError: '更正内容有误' } } } };
    expect(fieldErrorsOf(e)).toEqual({ 'changes.1.tier': '优先级须为1～2' });
    expect(fieldErrorsOf({})).toEqual({});
  });

  it('offers a correction for an upheld objection of a drawn round while one is unused', () => {
    expect(correctionOffered({ status: 'UPHELD', correctedAt: null }, 'DRAWN')).toBe(true);
    expect(correctionOffered({ status: 'UPHELD', correctedAt: '2026-07-01T00:00:00Z' }, 'DRAWN')).toBe(false);
    expect(correctionOffered({ status: 'UPHELD', correctedAt: null }, 'CONFIRMED')).toBe(false);
    expect(correctionOffered({ status: 'DISMISSED', correctedAt: null }, 'DRAWN')).toBe(false);
  });

  it('reads the notice’s outcomes', () => {
    expect(outcomeParts('WON 1')).toEqual({ key: 'won', position: 1 });
    expect(outcomeParts('WAITLISTED 12')).toEqual({ key: 'waitlisted', position: 12 });
    expect(outcomeParts('DISQUALIFIED')).toEqual({ key: 'disqualified', position: null });
  });
});
