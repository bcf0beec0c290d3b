import { TRACKED_KINDS } from '../../core/classify/kinds';
import type { UserPreferences } from '../../core/preferences/user-preferences';
import { t } from '../../platform/ui-strings';
import { ChoiceSelect } from '../choice-select';
import { LANGUAGE_CHOICES, toneChoices } from '../popup/draft-panel';
import { kindLabel } from '../popup/thread-card';

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
        <legend>{t('prefsTrackLegend')}</legend>
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
              {kindLabel(kind)}
            </label>
          ))}
        </div>
        <label>
          {t('prefsNeverTrack')}{' '}
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
        <legend>{t('prefsDraftsLegend')}</legend>
        <ChoiceSelect
          label={t('prefsDraftTone')}
          name="draftTone"
          value={preferences.draftTone}
          choices={toneChoices()}
          onChange={(draftTone) => onChange({ draftTone })}
        />
        <ChoiceSelect
          label={t('prefsDraftLanguage')}
          name="draftLanguage"
          value={preferences.draftLanguage}
          choices={[['thread', t('prefsThreadLanguage')], ...LANGUAGE_CHOICES]}
          onChange={(draftLanguage) => onChange({ draftLanguage })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('prefsNotificationsLegend')}</legend>
        <label>
          <input
            type="checkbox"
            name="notifyWhenDue"
            checked={preferences.notifyWhenDue}
            onChange={(event) => onChange({ notifyWhenDue: event.currentTarget.checked })}
          />{' '}
          {t('prefsNotifyWhenDue')}
        </label>
        <ChoiceSelect
          label={t('prefsDigest')}
          name="digestHour"
          value={preferences.digestHour === null ? '' : String(preferences.digestHour)}
          choices={[
            ['', t('prefsDigestNone')],
            ...HOUR_CHOICES.map(([hour, shown]) => [hour, t('prefsAtHour', shown)] as const),
          ]}
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
          {t('prefsQuietHours')}
        </label>
        {quiet && (
          <div class="weekdays">
            <ChoiceSelect
              label={t('prefsFrom')}
              name="quietFrom"
              value={String(quiet.from)}
              choices={HOUR_CHOICES}
              onChange={(hour) => onChange({ quietHours: { ...quiet, from: Number(hour) } })}
            />
            <ChoiceSelect
              label={t('prefsTo')}
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
