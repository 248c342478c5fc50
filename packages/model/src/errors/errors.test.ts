import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema, periodSchema } from '../primitives';
import { findForbiddenKeys } from './forbiddenKeys';
import { safeValidate, validate } from './fromZod';
import { formatPath, SiaeValidationError } from './validationError';

const record = z.object({
  personId: z.string().min(1),
  birthDate: isoDateSchema,
  kind: z.enum(['ACI', 'AI']),
  hours: z.number().min(0),
  tags: z.array(z.string()).min(1),
});

describe('formatPath', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(formatPath(['contracts', 0, 'startDate'])).toBe('contracts[0].startDate');
    expect(formatPath([])).toBe('(racine)');
  });
});

describe('safeValidate', () => {
  it('returns the data when valid', () => {
    const r = safeValidate(record, { personId: 'p1', birthDate: '1990-01-01', kind: 'AI', hours: 3, tags: ['a'] });
    expect(r.success).toBe(true);
  });

  it('lists every problem with its path, in French and English, without echoing values', () => {
    const secret = 'SECRET-VALUE-1234';
    const r = safeValidate(record, { birthDate: '2023-02-29', kind: secret, hours: -5, tags: [] }, ['rows', 3]);
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.pathText, i]));
    expect(byPath['rows[3].personId']).toMatchObject({ code: 'required', messageFr: 'champ obligatoire manquant', messageEn: 'required field is missing' });
    expect(byPath['rows[3].birthDate']).toMatchObject({
      code: 'invalid_date',
      messageFr: 'doit être une date au format AAAA-MM-JJ qui existe',
      messageEn: 'must be an existing date in YYYY-MM-DD format',
    });
    expect(byPath['rows[3].kind']?.code).toBe('unknown_code');
    expect(byPath['rows[3].kind']?.messageFr).toContain('"ACI", "AI"');
    expect(byPath['rows[3].hours']).toMatchObject({ code: 'too_small', messageFr: 'doit valoir au moins 0', messageEn: 'must be at least 0' });
    expect(byPath['rows[3].tags']).toMatchObject({ code: 'empty', messageFr: 'la liste ne doit pas être vide' });
    for (const issue of r.issues) {
      expect(issue.messageFr).not.toContain(secret);
      expect(issue.messageEn).not.toContain(secret);
      expect(issue.messageFr).not.toContain('2023-02-29');
    }
  });

  it('reports a type mismatch in both languages', () => {
    const r = safeValidate(record, { personId: 12, birthDate: '1990-01-01', kind: 'AI', hours: 'x', tags: ['a'] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.find((i) => i.pathText === 'personId')).toMatchObject({ code: 'invalid_type', messageFr: 'doit être un texte', messageEn: 'must be a string' });
    expect(r.issues.find((i) => i.pathText === 'hours')).toMatchObject({ messageFr: 'doit être un nombre' });
  });

  it('checks that a period ends on or after its start', () => {
    const r = safeValidate(periodSchema, { from: '2025-02-01', to: '2025-01-31' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ pathText: 'to', code: 'period_order' });
  });
});

describe('validate', () => {
  it('throws a SiaeValidationError whose message names the field and not the value', () => {
    try {
      validate(record, { personId: 'p', birthDate: 'not-a-date-SECRET', kind: 'AI', hours: 1, tags: ['a'] }, 'person');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SiaeValidationError);
      const err = e as SiaeValidationError;
      expect(err.issues).toHaveLength(1);
      expect(err.message).toContain('birthDate');
      expect(err.message).toContain('Invalid person');
      expect(err.message).toContain('Donnée invalide');
      expect(err.message).not.toContain('SECRET');
    }
  });
});

describe('findForbiddenKeys', () => {
  it('finds __proto__, constructor and prototype keys at any depth', () => {
    const doc = JSON.parse('{"a":{"__proto__":{"x":1}},"b":[{"constructor":1}],"c":{"ok":{"prototype":2}}}');
    expect(findForbiddenKeys(doc)).toEqual(expect.arrayContaining([['a', '__proto__'], ['b', 0, 'constructor'], ['c', 'ok', 'prototype']]));
    expect(findForbiddenKeys(doc)).toHaveLength(3);
  });
  it('finds nothing in a clean document', () => {
    expect(findForbiddenKeys({ rules: [{ name: 'x', conditions: { all: [] } }] })).toEqual([]);
    expect(findForbiddenKeys(null)).toEqual([]);
  });
});

describe('size messages', () => {
  it('agrees in number: 1 caractère, 2 caractères', () => {
    const one = safeValidate(z.string().min(1), '');
    const two = safeValidate(z.string().min(2), '');
    expect(one.success ? null : one.issues[0]?.messageFr).toBe('doit compter au moins 1 caractère');
    expect(one.success ? null : one.issues[0]?.messageEn).toBe('must be at least 1 character');
    expect(two.success ? null : two.issues[0]?.messageFr).toBe('doit compter au moins 2 caractères');
  });
});
