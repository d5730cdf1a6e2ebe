import type { AttendanceRowInput, AttendanceStatus } from '../../data/domain/attendance-actions';
import type { RosterLine } from './use-roster';

/** What the roster form holds per person: the status picked and a note. */
export interface Draft {
  status: AttendanceStatus | null;
  note: string;
}

export const draftOf = (line: RosterLine): Draft => ({
  status: line.attendance?.status ?? null,
  note: line.attendance?.note ?? '',
});

const CAME: AttendanceStatus[] = ['PRESENT', 'LATE'];

/**
 * The rows of one `recordAttendance` call: every person with a status; absent or excused people
 * have no check-in, check-out or pick-up (the API refuses them), so those are cleared; times of people
 * who came are kept (omitted fields keep their values).
 */
export function rowsToSave(
  lines: RosterLine[],
  drafts: Record<string, Draft>,
): { rows: AttendanceRowInput[]; lineOf: string[] } {
  const rows: AttendanceRowInput[] = [];
  const lineOf: string[] = [];
  for (const line of lines) {
    const d = drafts[line.enrollmentId];
    if (!d?.status) continue;
    const row: AttendanceRowInput = { enrollmentId: line.enrollmentId, status: d.status, note: d.note.trim() || null };
    if (!CAME.includes(d.status)) Object.assign(row, { checkInAt: null, checkOutAt: null, pickedUpById: null });
    rows.push(row);
    lineOf.push(line.enrollmentId);
  }
  return { rows, lineOf };
}

/** Field errors keyed `index.field` (the index of the saved row) → messages by enrollment. */
export function errorsByLine(errors: Record<string, unknown>, lineOf: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^(\d+)\.(.+)$/.exec(key);
    if (!m || typeof message !== 'string') continue;
    const id = lineOf[Number(m[1])];
    if (id) (out[id] ??= []).push(message);
  }
  return out;
}
