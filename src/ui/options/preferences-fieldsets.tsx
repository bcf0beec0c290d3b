import { TRACKED_KINDS } from '../../core/classify/kinds';
import { DRAFT_LANGUAGES, DRAFT_TONES } from '../../core/drafts/render-follow-up';
import type { UserPreferences } from '../../core/preferences/user-preferences';
import { LANGUAGE_NAMES, TONE_NAMES } from '../popup/draft-panel';
import { KIND_LABELS } from '../popup/thread-card';

/** "ana@acme.example, studio.example" (commas, spaces or lines) → entries; the background checks each. */
export function readEntryList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const hourOptions = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** What is followed up, how drafts start, and when notifications may come (issue #7's options). */
export function PreferencesFieldsets({
  preferences,
  onChange,
}: {
  preferences: UserPreferences;
  onChange: (patch: Partial<UserPreferences>) => void;
}) {
  const quiet = preferences.quietHours;
  return (
    <>
      <fieldset>
        <legend>What to follow up</legend>
        <div class="weekdays">
          {TRACKED_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                name={`track-${kind}`}
                checked={preferences.trackedKinds.includes(kind)}
                onChange={(event) =>
                  onChange({
                    trackedKinds: event.currentTarget.checked
                      ? TRACKED_KINDS.filter(
                          (known) => known === kind || preferences.trackedKinds.includes(known),
                        )
                      : preferences.trackedKinds.filter((tracked) => tracked !== kind),
                  })
                }
              />{' '}
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        <label>
          Never follow up with these addresses or domains (colleagues, family){' '}
          <textarea
            name="neverTrack"
            rows={3}
            placeholder="partner@studio.example, studio.example"
            value={preferences.neverTrack.join('\n')}
            onChange={(event) => onChange({ neverTrack: readEntryList(event.currentTarget.value) })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Suggested follow-ups</legend>
        <label>
          Start in this tone{' '}
          <select
            name="draftTone"
            value={preferences.draftTone}
            onChange={(event) =>
              onChange({ draftTone: event.currentTarget.value as UserPreferences['draftTone'] })
            }
          >
            {DRAFT_TONES.map((tone) => (
              <option key={tone} value={tone}>
                {TONE_NAMES[tone]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Write them in{' '}
          <select
            name="draftLanguage"
            value={preferences.draftLanguage}
            onChange={(event) =>
              onChange({ draftLanguage: event.currentTarget.value as UserPreferences['draftLanguage'] })
            }
          >
            <option value="thread">the language of the thread</option>
            {DRAFT_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {LANGUAGE_NAMES[lang]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Notifications</legend>
        <label>
          <input
            type="checkbox"
            name="notifyWhenDue"
            checked={preferences.notifyWhenDue}
            onChange={(event) => onChange({ notifyWhenDue: event.currentTarget.checked })}
          />{' '}
          Tell me when a follow-up comes due
        </label>
        <label>
          Daily digest of what is due{' '}
          <select
            name="digestHour"
            value={preferences.digestHour === null ? '' : String(preferences.digestHour)}
            onChange={(event) =>
              onChange({
                digestHour: event.currentTarget.value === '' ? null : Number(event.currentTarget.value),
              })
            }
          >
            <option value="">none</option>
            {hourOptions.map((hour) => (
              <option key={hour} value={String(hour)}>
                at {hourLabel(hour)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="quietHoursOn"
            checked={quiet !== null}
            onChange={(event) =>
              onChange({ quietHours: event.currentTarget.checked ? { from: 20, to: 8 } : null })
            }
          />{' '}
          Quiet hours: no notifications
        </label>
        {quiet && (
          <div class="weekdays">
            <label>
              from{' '}
              <select
                name="quietFrom"
                value={String(quiet.from)}
                onChange={(event) =>
                  onChange({ quietHours: { ...quiet, from: Number(event.currentTarget.value) } })
                }
              >
                {hourOptions.map((hour) => (
                  <option key={hour} value={String(hour)}>
                    {hourLabel(hour)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              to{' '}
              <select
                name="quietTo"
                value={String(quiet.to)}
                onChange={(event) =>
                  onChange({ quietHours: { ...quiet, to: Number(event.currentTarget.value) } })
                }
              >
                {hourOptions.map((hour) => (
                  <option key={hour} value={String(hour)}>
                    {hourLabel(hour)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </fieldset>
    </>
  );
}
