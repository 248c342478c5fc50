import { SiaeValidationError } from '@siae/model';
import { generateDataset } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../catalogue/types';
import { assembleReport, type ReportParts } from './assembleReport';
import { computeReport, type Report } from './computeReport';

const period = { from: '2025-01-01', to: '2025-12-31' };
const report = computeReport(generateDataset({ seed: 11, parcours: 300, structuresPerKind: 2 }), { period, withMembers: false });

/** The parts an engine would give: each value without what assembleReport adds. */
function partsOf(r: Report): ReportParts {
  const values: Record<string, IndicatorValue> = {};
  for (const i of r.indicators) {
    if (i.id === 'dynamic-exit-rate') continue;
    const { id: _id, labelFr: _l, unit: _u, source: _s, target: _t, grid: _g, sameAs: _same, interval: _i, smallSample: _small, ...value } = i;
    values[i.id] = value;
  }
  return { period: r.period, rows: r.rows, dynamicExitRate: r.dynamicExitRate, values, breakdowns: r.breakdowns, issues: r.issues };
}

/** Catches the typed error of a call, or fails. */
function caught(f: () => unknown): SiaeValidationError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SiaeValidationError);
    return e as SiaeValidationError;
  }
  throw new Error('expected a SiaeValidationError');
}

describe('assembleReport', () => {
  it('gives back the report computeReport gives, from its parts', () => {
    expect(report.indicators.some((i) => i.sameAs)).toBe(true);
    expect(report.indicators.some((i) => i.interval)).toBe(true);
    expect(assembleReport(partsOf(report))).toEqual(report);
  });

  it('leaves out what the engine did not compute, from the indicators and from the grids', () => {
    const parts = partsOf(report);
    const { 'inae.modalites.workshops': _w, 'follow-up-time': _f, ...rest } = parts.values;
    const r = assembleReport({ ...parts, values: rest });
    expect(r.indicators.map((i) => i.id)).toEqual(report.indicators.map((i) => i.id).filter((id) => id !== 'inae.modalites.workshops' && id !== 'follow-up-time'));
    expect(r.grids.flatMap((g) => g.computed)).not.toContain('inae.modalites.workshops');
    // `inae.gouvernance.support-time` is computed like `follow-up-time`: without it, no link.
    expect(r.indicators.find((i) => i.id === 'inae.gouvernance.support-time')?.sameAs).toBeUndefined();
    expect(r.grids.find((g) => g.id === 'inae')?.declared.length).toBe(report.grids.find((g) => g.id === 'inae')?.declared.length);
  });

  it('adds the interval and small-sample flag to whole-count rates, sameAs only when the values agree', () => {
    const parts = partsOf(report);
    const r = assembleReport({
      ...parts,
      values: { ...parts.values, 'inae.outils-salaries.final-review': { value: 0.5, numerator: 4, denominator: 8, explanationFr: 'x' }, 'modulation.resultats': { value: 0.123, numerator: 1, denominator: 8, explanationFr: 'x' } },
    });
    const finalReview = r.indicators.find((i) => i.id === 'inae.outils-salaries.final-review')!;
    expect(finalReview.smallSample).toBe(true);
    expect(finalReview.interval!.low).toBeCloseTo(0.2152, 3);
    expect(finalReview.interval!.high).toBeCloseTo(0.7848, 3);
    expect(r.indicators.find((i) => i.id === 'modulation.resultats')?.sameAs).toBeUndefined();
    // The headline comes from the main rate, with its counts as detail.
    const headline = r.indicators.find((i) => i.id === 'dynamic-exit-rate')!;
    expect(headline.numerator).toBe(report.dynamicExitRate.numerator);
    expect(headline.detail).toEqual({ ...report.dynamicExitRate.counts });
  });

  it('does not change its input', () => {
    const parts = partsOf(report);
    const before = JSON.stringify(parts);
    assembleReport(parts);
    expect(JSON.stringify(parts)).toBe(before);
  });

  it('refuses unknown ids (`__proto__` included) without echoing them, and the headline in values', () => {
    const parts = partsOf(report);
    const values = JSON.parse(`{"__proto__": {"value": 1, "explanationFr": "x"}, "secret-person-42": {"value": 1, "explanationFr": "x"}, "dynamic-exit-rate": {"value": 1, "explanationFr": "x"}}`);
    const e = caught(() => assembleReport({ ...parts, values }));
    expect(e.issues.map((i) => i.code).sort()).toEqual(['headline_in_values', 'unknown_indicator', 'unknown_indicator']);
    expect(e.message).not.toContain('secret-person-42');
    expect(e.message).not.toContain('__proto__');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('names the field of a bad value, a bad rate, a missing breakdown', () => {
    const parts = partsOf(report);
    const bad = caught(() => assembleReport({ ...parts, values: { ...parts.values, 'follow-up-time': { value: Number.NaN, explanationFr: 'x' } } }));
    expect(bad.issues.map((i) => i.pathText)).toEqual(['values.follow-up-time.value']);
    const rate = caught(() => assembleReport({ ...parts, dynamicExitRate: { ...parts.dynamicExitRate, numerator: parts.dynamicExitRate.denominator + 1 } }));
    expect(rate.issues.map((i) => [i.pathText, i.code])).toEqual([['dynamicExitRate.numerator', 'numerator_above_denominator']]);
    const { quarter: _q, ...breakdowns } = parts.breakdowns;
    const missing = caught(() => assembleReport({ ...parts, breakdowns: breakdowns as ReportParts['breakdowns'] }));
    expect(missing.issues.map((i) => i.pathText)).toEqual(['breakdowns.quarter']);
    const swapped = caught(() => assembleReport({ ...parts, breakdowns: { ...parts.breakdowns, quarter: parts.breakdowns.month } }));
    expect(swapped.issues.map((i) => i.pathText)).toEqual(['breakdowns.quarter.by']);
    const period = caught(() => assembleReport({ ...parts, period: { from: '2025-12-31', to: '2025-01-01' } }));
    expect(period.issues[0]!.pathText).toMatch(/^period/);
  });
});
