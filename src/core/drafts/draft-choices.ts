/**
 * The languages and tones a draft can be written in. Kept apart from the templates so the popup,
 * the options page and the message contract can name them without loading every phrasebook.
 */
export type DraftLanguage = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt';
export type DraftTone = 'warm' | 'neutral' | 'firm';

export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['en', 'de', 'fr', 'es', 'nl', 'pt'];
export const DRAFT_TONES: readonly DraftTone[] = ['warm', 'neutral', 'firm'];
