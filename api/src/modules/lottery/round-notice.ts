import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/crud/paging';
import { notFound } from '../../common/errors';
import { ServiceClass } from '../class/service-class.entity';
import { Organization } from '../organization/organization.entity';
import { ServiceProject } from '../project/service-project.entity';
import { ApplicationRound } from './application-round.entity';
import { Application } from './application.entity';
import { objectionCounts } from './round-confirm.service';
import { RoundCorrection, type CorrectionChange, type CorrectionMove } from './round-correction.entity';
import type { DrawApplication } from './draw';
import type { RoundClass } from './round-class.entity';
import { drawList, labelsOf, roundClassesOf, standing } from './round-draw.service';
import { ApplicationStatus, RoundStatus } from './round.enums';

/**
 * The public notice (公示) of a round, for anyone without signing in: what was committed at the opening
 * (places, the seed's hash), the list drawn from once the round has closed (application numbers, tiers,
 * sibling groups as G1, G2 …: nothing personal), and after the draw the seed, the hashes and each
 * outcome with a masked name (张*明) and the number's last four characters, while the notice period
 * lasts; objections are counted, never quoted. No id of a person, no birth date, ID number or phone ever leaves here.
 */
export interface NoticeEntry {
  number: string;
  tier: number;
  group: string | null;
  /** A round over several classes: the labels of the classes applied for, first choice first. */
  preferences: string[] | null;
}
export interface NoticeClass {
  label: string;
  className: string;
  places: number;
  placesDrawn: number | null;
}
export interface NoticeResult {
  maskedName: string;
  numberLast4: string;
  tier: number;
  outcome: 'WON' | 'WAITLISTED';
  position: number;
  /** A round over several classes: the class won or waitlisted on. */
  classLabel: string | null;
}
export interface RoundNoticeData {
  roundId: string;
  className: string;
  projectName: string;
  organizerName: string;
  status: RoundStatus;
  /** The priority tiers by name, tier 1 first; the last is everyone else (其他). */
  tierLabels: string[];
  /** The round's classes (one for a round on one class), labelled A, B … */
  classes: NoticeClass[];
  places: number;
  placesDrawn: number | null;
  opensAt: Date;
  closesAt: Date;
  seedHash: string;
  seed: string | null;
  listHash: string | null;
  resultHash: string | null;
  drawnAt: Date | null;
  noticeEndsAt: Date | null;
  /** The results are shown until noticeEndsAt; the list, seed and hashes stay for verification. */
  resultsShown: boolean;
  applications: NoticeEntry[];
  results: NoticeResult[];
  /** Objections (异议) recorded during the notice period and how many were upheld or dismissed: counts only. */
  objectionsRecorded: number;
  objectionsUpheld: number;
  objectionsDismissed: number;
  /** Corrections after upheld objections, oldest first; their moves only while the results are shown. */
  corrections: NoticeCorrection[];
}
export interface NoticeCorrection {
  correctedAt: Date;
  changes: CorrectionChange[];
  previousList: NoticeEntry[];
  previousListHash: string;
  previousResultHash: string;
  listHash: string;
  resultHash: string;
  moves: CorrectionMove[];
}

const NO_SCOPE = { filters: { scope: false } } as const;

/** 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明; one character stays as it is not enough to mask. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export async function roundNotice(em: EntityManager, id: string, now = new Date()): Promise<RoundNoticeData> {
  const round = isUuid(id) ? await em.findOne(ApplicationRound, { id }, NO_SCOPE) : null;
  if (!round || round.status === RoundStatus.CANCELLED) throw notFound('ApplicationRound', id);
  const cls = await em.findOneOrFail(ServiceClass, { id: round.serviceClass.id }, NO_SCOPE);
  const project = await em.findOneOrFail(ServiceProject, { id: cls.project.id }, NO_SCOPE);
  const ofRound = await roundClassesOf(em, round.id);
  const names = new Map(
    (await em.find(ServiceClass, { id: { $in: ofRound.map((rc) => rc.serviceClass.id) } }, NO_SCOPE)).map((c) => [
      c.id,
      c.name,
    ]),
  );
  const several = ofRound.length > 1;
  const drawn = round.status !== RoundStatus.OPEN;
  const closed = drawn || now >= round.closesAt;
  const apps = closed ? await standing(em, round) : [];
  const resultsShown = drawn && (round.noticeEndsAt ?? now) > now;
  const objections = await objectionCounts(em, round.id);
  return {
    roundId: round.id,
    className: cls.name,
    projectName: project.name,
    organizerName: (await em.findOne(Organization, { id: project.sponsor.id }, NO_SCOPE))?.name ?? '',
    status: round.status,
    tierLabels: [...round.tierRules.map((r) => r.label), '其他'],
    classes: ofRound.map((rc) => ({
      label: rc.label,
      className: names.get(rc.serviceClass.id) ?? '',
      places: rc.places,
      placesDrawn: rc.placesDrawn ?? null,
    })),
    places: round.places,
    placesDrawn: round.placesDrawn ?? null,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    seedHash: round.seedHash,
    seed: drawn ? await seedOf(em, round.id) : null,
    listHash: round.listHash ?? null,
    resultHash: round.resultHash ?? null,
    drawnAt: round.drawnAt ?? null,
    noticeEndsAt: round.noticeEndsAt ?? null,
    resultsShown,
    applications: drawList(apps, several ? labelsOf(ofRound) : null).map(entry),
    results: resultsShown ? await results(em, apps, several ? ofRound : null) : [],
    objectionsRecorded: objections.recorded,
    objectionsUpheld: objections.upheld,
    objectionsDismissed: objections.dismissed,
    corrections: (
      await em.find(RoundCorrection, { round: round.id }, { ...NO_SCOPE, orderBy: { createdAt: 'ASC' } })
    ).map((c) => ({
      correctedAt: c.createdAt,
      changes: c.changes,
      previousList: c.previousList.map(entry),
      previousListHash: c.previousListHash,
      previousResultHash: c.previousResultHash,
      listHash: c.listHash,
      resultHash: c.resultHash,
      moves: resultsShown ? c.moves : [],
    })),
  };
}

/** A line of the published list as the API shows it (`preferences` null for a round on one class). */
const entry = (a: DrawApplication): NoticeEntry => ({
  number: a.number,
  tier: a.tier,
  group: a.group,
  preferences: a.prefs ?? null,
});

async function results(em: EntityManager, apps: Application[], ofRound: RoundClass[] | null): Promise<NoticeResult[]> {
  // The class an outcome is in is its place's class: a place never changes class (a move is a new place).
  const rows = await em.execute<{ id: string; name: string; class_id: string | null }[]>(
    `select a.id, b.name, e.class_id from application a join beneficiary b on b.id = a.beneficiary_id
       left join enrollment e on e.id = a.enrollment_id where a.round_id = ?`,
    [apps[0]?.round.id ?? null],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const labels = ofRound ? labelsOf(ofRound) : null;
  const out = apps
    .filter((a) => a.status === ApplicationStatus.WON || a.status === ApplicationStatus.WAITLISTED)
    .map((a) => ({
      maskedName: maskName(byId.get(a.id)?.name ?? ''),
      numberLast4: a.number.slice(-4),
      tier: a.tier,
      outcome: a.status as 'WON' | 'WAITLISTED',
      position: a.drawPosition ?? 0,
      classLabel: labels ? (labels.get(byId.get(a.id)?.class_id ?? '') ?? null) : null,
    }));
  return out.sort(
    (x, y) =>
      (x.outcome === y.outcome ? 0 : x.outcome === 'WON' ? -1 : 1) ||
      (x.classLabel ?? '').localeCompare(y.classLabel ?? '') ||
      x.position - y.position,
  );
}

async function seedOf(em: EntityManager, id: string): Promise<string> {
  const [row] = await em.execute<{ seed: string }[]>('select seed from application_round where id = ?', [id]);
  return row.seed;
}
