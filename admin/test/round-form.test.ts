import {
  emptyTier,
  draftProblems,
  freeOf,
  proposedDraft,
  roundVariables,
  tierErrorRow,
  type RoundDraft,
} from '../src/workflows/rounds/round-form';

/** The 发起摇号 form: what it proposes, what it refuses before asking the API, and the variables it sends. */
const draft = (over: Partial<RoundDraft> = {}): RoundDraft => ({
  opensOn: '2026-07-01',
  opensTime: '09:00',
  closesOn: '2026-07-08',
  closesTime: '18:00',
  places: '10',
  noticeDays: '7',
  tiers: [],
  moreClassIds: [],
  ...over,
});

describe('proposedDraft', () => {
  it('opens now in China time, closes a week later at 18:00, offers the free places and 7 notice days', () => {
    // 23:30 in UTC on 30 June is already 1 July 07:30 in China.
    expect(proposedDraft(12, new Date('2026-06-30T23:30:40Z'))).toEqual({
      opensOn: '2026-07-01',
      opensTime: '07:30',
      closesOn: '2026-07-08',
      closesTime: '18:00',
      places: '12',
      noticeDays: '7',
      tiers: [],
      moreClassIds: [],
    });
  });

  it('never proposes negative places for an over-full class', () => {
    expect(proposedDraft(-2).places).toBe('0');
  });
});

describe('roundVariables', () => {
  it('sends China wall-clock times as UTC instants, and no tiers when none were filled', () => {
    expect(roundVariables('c1', draft({ tiers: [emptyTier()] }))).toEqual({
      classId: 'c1',
      opensAt: '2026-07-01T01:00:00.000Z',
      closesAt: '2026-07-08T10:00:00.000Z',
      places: 10,
      noticeDays: 7,
      tierRules: null,
      moreClassIds: null,
    });
  });

  it('sends the classes drawn with this one, in the order chosen', () => {
    expect(roundVariables('c1', draft({ moreClassIds: ['c3', 'c2'] })).moreClassIds).toEqual(['c3', 'c2']);
  });

  it('keeps filled tiers in order, trimmed, categories once each, the union by id', () => {
    const v = roundVariables(
      'c1',
      draft({
        tiers: [
          { label: ' 本区会员职工 ', categories: ['WORKER', 'WORKER'], union: { id: 'org-1', name: '西山区总工会' } },
          emptyTier(),
          { label: '困难职工', categories: ['DIFFICULT_WORKER'], union: null },
        ],
      }),
    );
    expect(v.tierRules).toEqual([
      { label: '本区会员职工', categories: ['WORKER'], unionWithinId: 'org-1' },
      { label: '困难职工', categories: ['DIFFICULT_WORKER'], unionWithinId: null },
    ]);
  });
});

describe('draftProblems', () => {
  it('accepts a complete form', () => {
    expect(draftProblems(draft(), 10)).toEqual({});
  });

  it('asks for a close after the opening, compared as China times', () => {
    expect(draftProblems(draft({ closesOn: '2026-07-01', closesTime: '09:00' }), 10).closesAt).toEqual([
      'linli.round.closes_after_opens',
    ]);
    expect(draftProblems(draft({ closesTime: '' }), 10).closesAt).toEqual(['linli.round.required']);
  });

  it('keeps places within the free places and notice days within 1–30', () => {
    expect(draftProblems(draft({ places: '0' }), 10).places).toEqual(['linli.round.places_positive']);
    expect(draftProblems(draft({ places: '2.5' }), 10).places).toEqual(['linli.round.places_positive']);
    expect(draftProblems(draft({ places: '11' }), 10).places).toEqual(['linli.round.places_at_most', { free: 10 }]);
    expect(draftProblems(draft({ places: '11', moreClassIds: ['c2'] }), 10).places).toEqual([
      'linli.round_classes.places_at_most',
      { free: 10 },
    ]);
    expect(draftProblems(draft({ noticeDays: '31' }), 10).noticeDays).toEqual(['linli.round.notice_days_range']);
    expect(draftProblems(draft({ noticeDays: '' }), 10).noticeDays).toEqual(['linli.round.notice_days_range']);
  });

  it('wants a label on every filled tier, and five tiers at most', () => {
    const unnamed = { label: ' ', categories: ['WORKER' as const], union: null };
    expect(draftProblems(draft({ tiers: [emptyTier(), unnamed] }), 10)).toEqual({
      'tierRules.1.label': ['linli.round.tier_label_required'],
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ ...emptyTier(), label: `第${i + 1}档` }));
    expect(draftProblems(draft({ tiers: six }), 10).tierRules).toEqual(['linli.round.tiers_at_most', { max: 5 }]);
  });
});

describe('tierErrorRow', () => {
  it('maps the API’s index among the tiers sent back to the row on screen (blank rows are not sent)', () => {
    const d = draft({
      tiers: [emptyTier(), { ...emptyTier(), label: 'A' }, emptyTier(), { ...emptyTier(), label: 'B' }],
    });
    expect(tierErrorRow(d, 'tierRules.1.unionWithinId')).toBe('tierRules.3.unionWithinId');
    expect(tierErrorRow(d, 'tierRules.0.label')).toBe('tierRules.1.label');
    expect(tierErrorRow(d, 'places')).toBe('places');
    expect(tierErrorRow(d, 'moreClassIds.1')).toBe('moreClassIds');
  });
});

describe('freeOf', () => {
  it('adds the free places of the classes chosen to this one’s, never counting an over-full class below zero', () => {
    const classes = [
      { id: 'c2', capacity: 10, enrolledCount: 4 },
      { id: 'c3', capacity: 5, enrolledCount: 7 },
      { id: 'c4', capacity: 8, enrolledCount: null },
    ];
    expect(freeOf(2, [], classes)).toBe(2);
    expect(freeOf(2, ['c2', 'c3'], classes)).toBe(8);
    expect(freeOf(2, ['c2', 'c4'], classes)).toBe(16);
  });
});
