import type { CadenceSettings } from '../cadence/cadence-settings';
import { DEFAULT_CADENCE_SETTINGS } from '../cadence/cadence-settings';

export interface ReplySettings
  extends Pick<CadenceSettings, 'timeZone' | 'workingDays' | 'workdayStartHour' | 'workdayEndHour'> {
  /** The user's own addresses (all accounts, aliases): their messages never count as the client's. */
  ownAddresses: string[];
  /** A colleague at the client's organization (same domain) answering counts as the reply. */
  countOrganizationReplies: boolean;
  /** More domains to treat as public mail services (a regional provider the list lacks). */
  extraPublicMailDomains: string[];
  /** Business days after an acknowledgement before a gentle check-in, when it names no date. */
  acknowledgementCheckInBusinessDays: number;
  /** How long an out-of-office pause lasts when the message names no return date. */
  outOfOfficeDefaultPauseBusinessDays: number;
}

export const DEFAULT_REPLY_SETTINGS: ReplySettings = Object.freeze({
  timeZone: DEFAULT_CADENCE_SETTINGS.timeZone,
  workingDays: DEFAULT_CADENCE_SETTINGS.workingDays,
  workdayStartHour: DEFAULT_CADENCE_SETTINGS.workdayStartHour,
  workdayEndHour: DEFAULT_CADENCE_SETTINGS.workdayEndHour,
  ownAddresses: [],
  countOrganizationReplies: true,
  extraPublicMailDomains: [],
  acknowledgementCheckInBusinessDays: 5,
  outOfOfficeDefaultPauseBusinessDays: 5,
});

/** Reply settings that share the user's calendar with their cadence settings. */
export function createReplySettings(
  cadence: CadenceSettings,
  ownAddresses: readonly string[],
  overrides: Partial<
    Omit<ReplySettings, 'timeZone' | 'workingDays' | 'workdayStartHour' | 'workdayEndHour'>
  > = {},
): ReplySettings {
  return {
    ...DEFAULT_REPLY_SETTINGS,
    ...overrides,
    timeZone: cadence.timeZone,
    workingDays: cadence.workingDays,
    workdayStartHour: cadence.workdayStartHour,
    workdayEndHour: cadence.workdayEndHour,
    ownAddresses: ownAddresses.map((address) => address.trim().toLowerCase()),
  };
}
