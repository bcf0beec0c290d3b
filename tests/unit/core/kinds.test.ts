import { describe, expect, it } from 'vitest';
import { isEmailKind, isTrackedKind } from '../../../src/core/classify/kinds';

describe('email kinds', () => {
  it('tracks every kind except other', () => {
    expect(isTrackedKind('invoice')).toBe(true);
    expect(isTrackedKind('other')).toBe(false);
  });
  it('recognizes only the kinds the core knows', () => {
    expect(isEmailKind('proposal')).toBe(true);
    expect(isEmailKind('newsletter')).toBe(false);
  });
});
