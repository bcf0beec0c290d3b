import { describe, expect, it } from 'vitest';
import { isNeverTracked, normalizeNeverTrackEntry } from '../../../../src/core/preferences/user-preferences';

describe('addresses and domains the user never follows up with', () => {
  const neverTrack = ['partner@studio.example', '@family.example', 'Agency.Example'];

  it.each([
    ['partner@studio.example', true],
    ['PARTNER@Studio.example ', true],
    ['ana@studio.example', false],
    ['mum@family.example', true],
    ['it@mail.agency.example', true],
    ['ana@acme.example', false],
    ['ana@notagency.example', false],
    ['', false],
  ])('%s: %s', (address, expected) => {
    expect(isNeverTracked(address, neverTrack)).toBe(expected);
  });

  it('keeps one spelling of each entry', () => {
    expect(normalizeNeverTrackEntry(' @Studio.Example ')).toBe('studio.example');
    expect(normalizeNeverTrackEntry('Sam@Studio.example')).toBe('sam@studio.example');
  });
});
