import 'reflect-metadata';
import { printSchema } from 'graphql';
import { buildSchemaSync, ObjectType, Query, Resolver } from 'type-graphql';
import { emptyComponents } from '../../src/modules/report/model/components';
import { FIGURES, figureMeta, type FigureDef } from '../../src/modules/report/model/figures';
import { figuresFrom } from '../../src/modules/report/report.cells';
import { ledgerColumnsOf } from '../../src/modules/report/report.export';
import { partFiguresOf } from '../../src/modules/report/report.suppress';
import { declareFigureFields } from '../../src/modules/report/report.types';

/**
 * A figure is declared once (model/figures.ts): a scratch figure added to a copy of the list reaches the
 * GraphQL cell type, the cell's computation, the analysts' withholding, the ledger and the console's meta.
 */
describe('report figures, declared once', () => {
  const scratch: FigureDef = {
    name: 'scratchDoubleAttendance',
    scalar: 'Int',
    description: '试验: twice the attendance person-times',
    kind: 'count',
    ledger: { header: '试验列', type: 'int' },
    tile: { row: 'more', at: 11 },
    part: 'waitlist',
    value: (c) => c.attended * 2,
  };
  const list = [...FIGURES, scratch];

  it('reach every layer', () => {
    @ObjectType()
    class ScratchCell {}
    declareFigureFields(ScratchCell, list);
    @Resolver()
    class ScratchResolver {
      @Query(() => ScratchCell)
      cell(): ScratchCell {
        return {};
      }
    }
    const sdl = printSchema(buildSchemaSync({ resolvers: [ScratchResolver], validate: false }));
    expect(sdl).toContain('"""试验: twice the attendance person-times"""\n  scratchDoubleAttendance: Int');
    expect(sdl).toContain('feeTotalFen: SafeInt');

    const c = { ...emptyComponents(false), attended: 21, attRows: 30, people: 9 };
    const cell = figuresFrom(list, c) as unknown as Record<string, number | null>;
    expect(cell.scratchDoubleAttendance).toBe(42);
    expect(cell.attendanceRateBp).toBe(7000);

    expect(partFiguresOf(list).waitlist).toEqual(['waitlisted', 'scratchDoubleAttendance']);

    const columns = ledgerColumnsOf(list);
    const col = columns.find((x) => x.header === '试验列')!;
    expect(col.type).toBe('int');
    expect(col.value({ label: 'x', cell: figuresFrom(list, c) })).toBe(42);
    expect(columns.at(-1)!.header).toBe('试验列');
    // The real ledger's header row, in order, is pinned end to end by report-access.test.ts (the .xlsx).
    expect(columns.map((x) => x.header).slice(0, -1)).toEqual(ledgerColumnsOf(FIGURES).map((x) => x.header));

    expect(figureMeta(list).at(-1)).toEqual({
      name: 'scratchDoubleAttendance',
      kind: 'count',
      tile: { row: 'more', at: 11 },
    });
  });
});
