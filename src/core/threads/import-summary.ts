/** What importing a backup did, or would do on a dry run. */
export interface ImportSummary {
  threadsAdded: number;
  threadsUpdated: number;
  threadsUnchanged: number;
  messagesAdded: number;
  eventsAdded: number;
  settingsAdded: number;
  /** Why parts of the file were left out. */
  problems: string[];
}
