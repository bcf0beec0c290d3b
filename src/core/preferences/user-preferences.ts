import { TRACKED_KINDS, type TrackedKind } from '../classify/kinds';
import type { DraftLanguage, DraftTone } from '../drafts/draft-choices';
import { domainOf } from '../mail';

/**
 * What the user decides about what is tracked, how drafts start, and when they hear from the product
 * (issue #7's options page). Cadence (when steps come due) lives in CadenceSettings; this is the rest.
 */
export interface UserPreferences {
  /** Kinds worth following up; mail classified as another kind is noticed and left alone. */
  trackedKinds: TrackedKind[];
  /** Addresses (`ana@acme.example`) and domains (`acme.example`) never followed up: colleagues, family. */
  neverTrack: string[];
  /** The tone a suggested draft starts in; the user can switch it per draft. */
  draftTone: DraftTone;
  /** `thread`: the language of the original email decides (issue #5); else always this one. */
  draftLanguage: 'thread' | DraftLanguage;
  /** A notification when a step comes due (once per step). */
  notifyWhenDue: boolean;
  /** The hour (0–23, the user's time zone) of a daily digest of what is due; null: no digest. */
  digestHour: number | null;
  /** No notification pops up from `from` to `to` o'clock (may wrap midnight); null: none. */
  quietHours: { from: number; to: number } | null;
}

export const DEFAULT_USER_PREFERENCES: UserPreferences = Object.freeze({
  trackedKinds: [...TRACKED_KINDS],
  neverTrack: [],
  draftTone: 'warm',
  draftLanguage: 'thread',
  notifyWhenDue: true,
  digestHour: null,
  quietHours: null,
});

/** `Ana@Acme.example ` → `ana@acme.example`; `@acme.example` → `acme.example`. */
export function normalizeNeverTrackEntry(entry: string): string {
  return entry.trim().toLowerCase().replace(/^@/, '');
}

/** An address the user never wants followed up, by the address itself or its domain. */
export function isNeverTracked(address: string, neverTrack: readonly string[]): boolean {
  const email = address.trim().toLowerCase();
  if (!email) return false;
  const domain = domainOf(email);
  return neverTrack.some((entry) => {
    const wanted = normalizeNeverTrackEntry(entry);
    return wanted.includes('@')
      ? wanted === email
      : wanted !== '' && (wanted === domain || domain.endsWith(`.${wanted}`));
  });
}
