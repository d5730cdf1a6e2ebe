import { reportFigures } from '../src/generated/report-figures';
import { dashboardMessages } from '../src/i18n/dashboard-messages';

/**
 * The report's figures are declared once in the API (modules/report/model/figures.ts) and reach the console
 * generated (npm run codegen); a figure added there must be labelled here before it can ship.
 */
describe('report figures from the API', () => {
  const han = /[\u4e00-\u9fa5]/;
  it('each has a Chinese and an English label, and each KPI tile a hint in both', () => {
    for (const f of reportFigures) {
      const zh = (dashboardMessages.zh.dashboard.measures as Record<string, string>)[f.name];
      const en = (dashboardMessages.en.dashboard.measures as Record<string, string>)[f.name];
      expect([f.name, han.test(zh ?? ''), Boolean(en)]).toEqual([f.name, true, true]);
      if (!f.tile) continue;
      const hints = [dashboardMessages.zh.dashboard.hints, dashboardMessages.en.dashboard.hints] as Record<
        string,
        string
      >[];
      expect([f.name, hints.map((h) => Boolean(h[f.name]))]).toEqual([f.name, [true, true]]);
    }
  });

  it('gives the four headline tiles and the row below, each place once', () => {
    const row = (r: string) =>
      reportFigures
        .filter((f) => f.tile?.row === r)
        .sort((a, b) => a.tile!.at - b.tile!.at)
        .map((f) => f.name);
    expect(row('main')).toEqual(['peopleServed', 'personTimes', 'sessionsHeld', 'subsidyTotalFen']);
    expect(row('more').length).toBe(10);
    for (const r of ['main', 'more']) {
      const places = reportFigures.filter((f) => f.tile?.row === r).map((f) => f.tile!.at);
      expect(new Set(places).size).toBe(places.length);
    }
  });
});
