/**
 * Whether this console has written since its last report. The API folds writes into the report summaries
 * in the background (usually within a second); a dashboard opened right after a roll call or an enrollment
 * asks with `fresh: true` so that it waits for them and shows the user's own work (docs/reports.md).
 */
let wrote = false;

export function noteWrite(): void {
  wrote = true;
}

/** True once after any write: the caller's next report is asked fresh. */
export function takeWrite(): boolean {
  const was = wrote;
  wrote = false;
  return was;
}
