import { TRACKED_KINDS } from '../../core/classify/kinds';
import type { UserPreferences } from '../../core/preferences/user-preferences';
import { ChoiceSelect } from '../choice-select';
import { LANGUAGE_CHOICES, TONE_CHOICES } from '../popup/draft-panel';
import { KIND_LABELS } from '../popup/thread-card';

/** "ana@acme.example, studio.example" (commas, spaces or lines) → entries; the background checks each. */
export function readEntryList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const HOUR_CHOICES = Array.from(
  { length: 24 },
  (_, hour) => [String(hour), `${String(hour).padStart(2, '0')}:00`] as const,
);

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
        <ChoiceSelect
          label="Start in this tone"
          name="draftTone"
          value={preferences.draftTone}
          choices={TONE_CHOICES}
          onChange={(draftTone) => onChange({ draftTone })}
        />
        <ChoiceSelect
          label="Write them in"
          name="draftLanguage"
          value={preferences.draftLanguage}
          choices={[['thread', 'the language of the thread'], ...LANGUAGE_CHOICES]}
          onChange={(draftLanguage) => onChange({ draftLanguage })}
        />
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
        <ChoiceSelect
          label="Daily digest of what is due"
          name="digestHour"
          value={preferences.digestHour === null ? '' : String(preferences.digestHour)}
          choices={[['', 'none'], ...HOUR_CHOICES.map(([hour, shown]) => [hour, `at ${shown}`] as const)]}
          onChange={(hour) => onChange({ digestHour: hour === '' ? null : Number(hour) })}
        />
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
            <ChoiceSelect
              label="from"
              name="quietFrom"
              value={String(quiet.from)}
              choices={HOUR_CHOICES}
              onChange={(hour) => onChange({ quietHours: { ...quiet, from: Number(hour) } })}
            />
            <ChoiceSelect
              label="to"
              name="quietTo"
              value={String(quiet.to)}
              choices={HOUR_CHOICES}
              onChange={(hour) => onChange({ quietHours: { ...quiet, to: Number(hour) } })}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
