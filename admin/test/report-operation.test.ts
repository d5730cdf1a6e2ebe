import { DashboardReportDocument } from '../src/generated-api/operations';
import { reportFigures } from '../src/generated/report-figures';

/**
 * The dashboard's `report` document is written out in operations/report.graphql (graphql-codegen types it),
 * while the figures are declared by the API (model/figures.ts, listed in generated/report-figures.ts): a figure
 * added there must be asked for here too, or the dashboard would show it empty.
 */
describe('the dashboard report document', () => {
  it('asks every cell for each figure the API declares, and for what is withheld', () => {
    const cell = DashboardReportDocument.definitions.find(
      (d) => d.kind === 'FragmentDefinition' && d.name.value === 'DashboardCellFields',
    );
    expect(cell?.kind).toBe('FragmentDefinition');
    const fields = cell && 'selectionSet' in cell ? cell.selectionSet.selections : [];
    const names = fields.map((s) => (s.kind === 'Field' ? s.name.value : s.kind));
    expect([...names].sort()).toEqual(['suppressed', 'withheld', ...reportFigures.map((f) => f.name)].sort());
  });
});
