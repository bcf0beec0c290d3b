import type { Explanation } from '../explanations/explanation';
/** What importing a backup did, or would do on a dry run. */
export interface ImportSummary {
  threadsAdded: number;
  threadsUpdated: number;
  threadsUnchanged: number;
  messagesAdded: number;
  eventsAdded: number;
  settingsAdded: number;
  /** Why parts of the file were left out, worded in the UI's language by the options page. */
  problems: Explanation[];
}
