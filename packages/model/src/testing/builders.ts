import type { Contract, Exit, Interview, Person, Structure } from '../schemas';

/** Test data builders (immersion-facile style): readable defaults, one `with` per field that matters. */
export function aStructure(overrides: Partial<Structure> = {}): Structure {
  return { id: 's1', kind: 'ACI', siret: '73282932000074', name: 'Chantier du Val', departement: '59', ...overrides };
}

/** A person with a birth date and nothing else. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return { id: 'p1', birthDate: '1990-05-12', ...overrides };
}

/** A CDDI in an ACI. */
export function aContract(overrides: Partial<Contract> = {}): Contract {
  return { id: 'c1', personId: 'p1', structureId: 's1', kind: 'CDDI', startDate: '2025-01-06', endDate: '2025-07-05', ...overrides };
}

/** An individual interview of one hour. */
export function anInterview(overrides: Partial<Interview> = {}): Interview {
  return { id: 'i1', personId: 'p1', structureId: 's1', kind: 'individual', date: '2025-02-03', startTime: '09:00', endTime: '10:00', participants: [{ role: 'participant' }], ...overrides };
}

/** An exit into a CDI. */
export function anExit(overrides: Partial<Exit> = {}): Exit {
  return { personId: 'p1', structureId: 's1', date: '2025-12-19', reason: 'CDI_NON_AIDE', ...overrides };
}
