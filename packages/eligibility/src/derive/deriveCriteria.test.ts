import { describe, expect, it } from 'vitest';
import { deriveCriteria } from './deriveCriteria';

const codes = (p: Parameters<typeof deriveCriteria>[0], d: string) => deriveCriteria(p, d).map((c) => c.code);

describe('deriveCriteria', () => {
  it('makes a person SENIOR on their 50th birthday, not the day before', () => {
    expect(codes({ birthDate: '1975-06-15' }, '2025-06-15')).toEqual(['SENIOR']);
    expect(codes({ birthDate: '1975-06-15' }, '2025-06-14')).toEqual([]);
  });
  it('makes a person JEUNE until the day before their 26th birthday', () => {
    expect(codes({ birthDate: '1999-06-15' }, '2025-06-14')).toEqual(['JEUNE']);
    expect(codes({ birthDate: '1999-06-15' }, '2025-06-15')).toEqual([]);
  });
  it('gives DELD from 12 months of registration and DETLD from 24', () => {
    expect(codes({ jobSeekerSince: '2024-03-01' }, '2025-02-28')).toEqual([]);
    expect(codes({ jobSeekerSince: '2024-03-01' }, '2025-03-01')).toEqual(['DELD']);
    expect(codes({ jobSeekerSince: '2023-03-01' }, '2025-02-28')).toEqual(['DELD']);
    expect(codes({ jobSeekerSince: '2023-03-01' }, '2025-03-01')).toEqual(['DETLD']);
  });
  it('gives CAP_BEP for ASP levels 00, 01, 50, 51, 70 only', () => {
    for (const l of ['00', '01', '50', '51', '70']) expect(codes({ educationLevel: l }, '2025-01-01')).toEqual(['CAP_BEP']);
    for (const l of ['40', '60', '41']) expect(codes({ educationLevel: l }, '2025-01-01')).toEqual([]);
  });
  it('gives QPV and ZRR from the residence flags', () => {
    expect(codes({ qpv: true, zrr: true }, '2025-01-01')).toEqual(['QPV', 'ZRR']);
  });
  it('names the bad field without its value', () => {
    expect(() => deriveCriteria({ birthDate: '1975-02-30' }, '2025-01-01')).toThrow(/birthDate/);
    expect(() => deriveCriteria({ birthDate: '1975-02-30' }, '2025-01-01')).not.toThrow(/1975/);
  });
});
