import 'reflect-metadata';
import { Check, Entity, Enum, ManyToOne, OneToMany, Property, Collection, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../src/common/base.entity';
import { defineResource, f } from '../../src/common/define-resource';
import { defineEnum, enumValues } from '../../src/common/enums';
import { resources } from '../../src/modules/resources';
import { ServiceClass } from '../../src/modules/class/service-class.entity';

/**
 * A resource field is declared once: what the entity's decorators say (kind, nullability and defaults,
 * length, bounds from simple checks, enum, relation, the inverse of a to-many) reaches the resource
 * without being written again, and what the declaration says wins.
 */
const Colour = defineEnum('ScratchColour', { RED: ['红', 'Red'], BLUE: ['蓝', 'Blue'] });

@Entity({ tableName: 'scratch_parent' })
class ScratchParent extends BaseEntity {
  @Property({ length: 50 })
  name!: string;

  @OneToMany(() => ScratchChild, (c) => c.parent)
  children = new Collection<ScratchChild>(this);
}

@Entity({ tableName: 'scratch_child' })
@Check({ name: 'scratch_child_seats_check', expression: 'seats > 0 and seats <= 40' })
@Check({ name: 'scratch_child_fee_check', expression: 'fee_fen >= 100' })
class ScratchChild extends BaseEntity {
  @ManyToOne(() => ScratchParent)
  parent!: Rel<ScratchParent>;

  @ManyToOne(() => ScratchParent, { nullable: true })
  mentor?: Rel<ScratchParent> | null;

  @Property({ length: 80 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'integer' })
  seats!: number;

  @Property({ type: 'integer', default: 0 })
  feeFen: number = 0;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ default: false })
  archived: boolean = false;

  @Enum({ items: enumValues(Colour), default: Colour.RED })
  colour: string = Colour.RED;
}

const scratch = defineResource({
  name: 'ScratchChild',
  entity: ScratchChild,
  single: 'scratchChild',
  plural: 'scratchChildren',
  label: ['试验', 'Scratch'],
  fields: {
    parentId: f.field('上级', 'Parent', { filter: true }),
    mentorId: f.field('导师', 'Mentor'),
    title: f.field('标题', 'Title', { sort: true }),
    notes: f.field('备注', 'Notes'),
    seats: f.field('座位', 'Seats'),
    feeFen: f.money('费用', 'Fee'),
    startsOn: f.field('开始', 'Starts on', { required: false }),
    archived: f.field('归档', 'Archived'),
    colour: f.field('颜色', 'Colour'),
    shortTitle: f.field('简称', 'Short title', { property: 'title', maxLength: 10 }),
  },
});

describe('a resource field completed from its entity', () => {
  it('takes kind, required, length, bounds, enum and relation from the decorators', () => {
    const x = scratch.fields;
    expect(x.parentId).toMatchObject({ kind: 'ref', target: 'ScratchParent', relation: 'parent', required: true });
    expect(x.mentorId).toMatchObject({ kind: 'ref', target: 'ScratchParent', relation: 'mentor', required: false });
    expect(x.title).toMatchObject({ kind: 'string', maxLength: 80, required: true, sort: true });
    expect(x.notes).toMatchObject({ kind: 'text', required: false });
    expect(x.seats).toMatchObject({ kind: 'int', min: 1, max: 40, required: true });
    expect(x.feeFen).toMatchObject({ kind: 'money', min: 100, required: false });
    expect(x.archived).toMatchObject({ kind: 'boolean', required: false });
    expect(x.colour).toMatchObject({ kind: 'enum', enumName: 'ScratchColour', enum: Colour, required: false });
  });

  it('lets the declaration say what the entity cannot, and win', () => {
    expect(scratch.fields.startsOn).toMatchObject({ kind: 'date', required: false });
    expect(scratch.fields.shortTitle).toMatchObject({ kind: 'string', maxLength: 10, property: 'title' });
  });

  it('reads a to-many relation from its @OneToMany', () => {
    const parent = defineResource({
      name: 'ScratchParent',
      entity: ScratchParent,
      single: 'scratchParent',
      plural: 'scratchParents',
      label: ['试验', 'Scratch'],
      fields: { name: f.field('名称', 'Name') },
      toMany: { children: { label: ['下级', 'Children'] } },
    });
    expect(parent.toMany?.children).toEqual({ label: ['下级', 'Children'], target: 'ScratchChild', inverse: 'parent' });
  });

  it('refuses at start-up a field that is neither a column nor declared', () => {
    expect(() =>
      defineResource({
        name: 'Broken',
        entity: ScratchChild,
        single: 'broken',
        plural: 'brokens',
        label: ['坏', 'Broken'],
        // @ts-expect-error -- not a property of the entity: the type refuses it too
        fields: { nickname: f.field('昵称', 'Nickname') },
      }),
    ).toThrow('ScratchChild.nickname is not a column: declare its kind');
  });

  it('gives the real resources what their entities say', () => {
    const cls = resources.find((r) => r.entity === ServiceClass)!;
    expect(cls.fields.name).toMatchObject({ kind: 'string', maxLength: 200, required: true });
    expect(cls.fields.capacity).toMatchObject({ kind: 'int', min: 1, required: true });
    expect(cls.fields.venueId).toMatchObject({ kind: 'ref', target: 'Venue', relation: 'venue', required: false });
    expect(cls.fields.status).toMatchObject({ kind: 'enum', enumName: 'ClassStatus', required: false });
    expect(cls.toMany?.sessions).toMatchObject({ target: 'ClassSession', inverse: 'serviceClass' });
    const policy = resources.find((r) => r.name === 'SubsidyPolicy')!;
    expect(policy.fields.rateBp).toMatchObject({ kind: 'bp', min: 0, max: 5000 });
  });
});
