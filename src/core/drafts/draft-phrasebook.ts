import type { TrackedKind } from '../classify/kinds';
import type { DraftRole } from './choose-draft-role';
import type { DraftWords } from './draft-words';
import type { DraftTone } from './render-follow-up';

/** The middle of a draft, written by a language's phrasebook for one role. */
export interface DraftBody {
  /** Paragraphs between the greeting (and opener) and the closing thanks. */
  paragraphs: string[];
  /** False where small talk would undercut the message (final notice, collections). */
  withOpener: boolean;
  /** Replaces the rotating closing thanks where the role needs its own last line. */
  closer?: string;
  /** 3–4 words, only when a new thread reads better than a reply (playbook: Tone). */
  subject?: string;
  callScript?: string;
  voicemailScript?: string;
}

export interface BodyRequest {
  role: DraftRole;
  kind: TrackedKind;
  tone: DraftTone;
  words: DraftWords;
  /** How many times this stage was already sent in the thread: picks the next wording of a repeated step. */
  repeat: number;
}

/**
 * Everything a language needs to write follow-ups; each language builds its phrasebook from its
 * wording with `definePhrasebook`. Openers and closers rotate with the thread's position so
 * successive messages never repeat a line (playbook: Cadences, "never repeat").
 */
export interface DraftPhrasebook {
  greet(tone: DraftTone, name: string | null): string;
  openers: Record<DraftTone, readonly string[]>;
  closers: Record<DraftTone, readonly string[]>;
  signOff: Record<DraftTone, string>;
  writeBody(request: BodyRequest): DraftBody;
}

export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
