// The team's commit message rules (README, "How we work"): a subject of at most 72 characters, a body
// after a blank line saying why (and the figures), never "wip". Used by .githooks/commit-msg, which
// `npm install` installs (the root package's `prepare` sets core.hooksPath); tested in api/test/unit.
import fs from 'node:fs';

export function commitMessageProblems(text) {
  const lines = text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.replace(/\s+$/, ''));
  while (lines.length && lines.at(-1) === '') lines.pop();
  const subject = lines[0] ?? '';
  const problems = [];
  if (!subject.trim()) return ['the subject line is empty'];
  if ([...subject].length > 72) problems.push(`the subject has ${[...subject].length} characters (72 at most)`);
  if (/^\s*wip\b/i.test(subject)) problems.push('"wip" is not a subject: say what changed');
  const merge = /^(Merge|Revert) /.test(subject);
  if (lines.length > 1 && lines[1] !== '') problems.push('the second line must be blank (subject, blank line, body)');
  if (!merge && !lines.slice(2).some((l) => l.trim()))
    problems.push('a body is needed: why the change, and its figures');
  return problems;
}

if (process.argv[2]) {
  const problems = commitMessageProblems(fs.readFileSync(process.argv[2], 'utf8'));
  if (problems.length) {
    process.stderr.write(`commit message refused:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
}
