import { describe, expect, it } from 'vitest';
import { personSchema } from '../schemas/person';
import { build } from './fluent';

describe('fluent builders', () => {
  it('sets fields one by one and builds a record the schema accepts', () => {
    const person = build.person().withBirthDate('1970-01-01').withQpv(true).withEducationLevel('51').build();
    expect(person).toEqual({ id: 'p1', birthDate: '1970-01-01', qpv: true, educationLevel: '51' });
    expect(personSchema.safeParse(person).success).toBe(true);
  });

  it('never changes an earlier builder', () => {
    const base = build.contract().withKind('CDDU');
    const broken = base.withBrokenOn('2025-03-01');
    expect(base.build().brokenOn).toBeUndefined();
    expect(broken.build()).toMatchObject({ kind: 'CDDU', brokenOn: '2025-03-01' });
    expect(build.exit().with('reason', 'CHOMAGE').build().reason).toBe('CHOMAGE');
    expect(build.structure().withDepartement('2A').build().departement).toBe('2A');
    expect(build.interview().withKind('tripartite').build().kind).toBe('tripartite');
  });
});
