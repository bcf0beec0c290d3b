import { useEffect, useState } from 'preact/hooks';
import { type CadenceSettings, REQUEST_LADDER_KINDS } from '../../core/cadence/cadence-settings';
import type { UserPreferences } from '../../core/preferences/user-preferences';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import type { UserProfile } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { t, uiLanguage } from '../../platform/ui-strings';
import { kindLabel } from '../popup/thread-card';
import { PreferencesFieldsets } from './preferences-fieldsets';

/** Short weekday names in the UI's language, Sunday first (the cadence's 0 = Sunday). */
const weekdayNames = () => {
  const format = new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2026, 10, 22 + day)));
};

/** "7, 15, 28" → [7, 15, 28]; anything that is not a whole number stays as NaN for the core to refuse. */
export function readDayList(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

/** A labelled whole-number field: the core checks the value when the form is saved. */
function NumberField({
  label,
  name,
  value,
  min,
  max,
  onValue,
}: {
  label: string;
  name: string;
  value: number;
  min?: number;
  max?: number;
  onValue: (value: number) => void;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        name={name}
        min={min}
        max={max}
        value={value}
        onInput={(event) => onValue(Number(event.currentTarget.value))}
      />
    </label>
  );
}

type Status = { kind: 'idle' } | { kind: 'saved'; replanned: number } | { kind: 'error'; message: string };

/**
 * The ladders the user can change without knowing the model: when reminders come, in which time zone
 * and on which days. Everything is checked by the core's validateCadenceSettings before it is kept.
 */
export function CadenceForm() {
  const [settings, setSettings] = useState<CadenceSettings | null>(null);
  const [defaults, setDefaults] = useState<CadenceSettings | null>(null);
  const [profile, setProfile] = useState<UserProfile | null>(null);
  const [preferences, setPreferences] = useState<UserPreferences | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void sendToBackground('settings/get', {}).then((outcome) => {
      if (!outcome.ok) return setStatus({ kind: 'error', message: failureInUiLanguage(outcome.error) });
      setSettings(outcome.value.cadence);
      setDefaults(outcome.value.defaults);
      setProfile(outcome.value.profile);
      setPreferences(outcome.value.preferences);
    });
  }, []);

  if (!settings || !defaults || !profile || !preferences) return <p class="muted">{t('optionsLoading')}</p>;
  const update = (patch: Partial<CadenceSettings>) => setSettings({ ...settings, ...patch });
  const updateProfile = (patch: Partial<UserProfile>) => setProfile({ ...profile, ...patch });

  const save = async (event: Event) => {
    event.preventDefault();
    const outcome = await sendToBackground('settings/save', {
      cadence: settings as unknown as Record<string, unknown>,
      profile,
      preferences,
    });
    if (!outcome.ok) return setStatus({ kind: 'error', message: failureInUiLanguage(outcome.error) });
    setSettings(outcome.value.cadence);
    setStatus({ kind: 'saved', replanned: outcome.value.replanned });
  };

  return (
    <form class="cadence" onSubmit={save}>
      <fieldset>
        <legend>{t('optionsYouLegend')}</legend>
        <label>
          {t('optionsSignAs')}{' '}
          <input
            name="name"
            value={profile.name}
            onInput={(event) => updateProfile({ name: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('optionsCallAvailability')}{' '}
          <input
            name="callAvailability"
            placeholder={t('optionsCallAvailabilityExample')}
            value={profile.callAvailability}
            onInput={(event) => updateProfile({ callAvailability: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('optionsPaymentLink')}{' '}
          <input
            name="paymentLink"
            type="url"
            placeholder="https://"
            value={profile.paymentLink}
            onInput={(event) => updateProfile({ paymentLink: event.currentTarget.value })}
          />
        </label>
      </fieldset>
      <PreferencesFieldsets
        preferences={preferences}
        onChange={(patch) => setPreferences({ ...preferences, ...patch })}
      />
      <fieldset>
        <legend>{t('optionsWeekLegend')}</legend>
        <label>
          {t('optionsTimeZone')}{' '}
          <input
            name="timeZone"
            value={settings.timeZone}
            onInput={(event) => update({ timeZone: event.currentTarget.value.trim() })}
          />
        </label>
        <div class="weekdays">
          {weekdayNames().map((day, index) => (
            <label key={day}>
              <input
                type="checkbox"
                name={`workday-${index}`}
                checked={settings.workingDays.includes(index)}
                onChange={(event) =>
                  update({
                    workingDays: event.currentTarget.checked
                      ? [...settings.workingDays, index].sort()
                      : settings.workingDays.filter((working) => working !== index),
                  })
                }
              />{' '}
              {day}
            </label>
          ))}
        </div>
        <NumberField
          label={t('optionsDueHour')}
          name="workdayStartHour"
          min={0}
          max={23}
          value={settings.workdayStartHour}
          onValue={(value) => update({ workdayStartHour: value })}
        />
        <NumberField
          label={t('optionsEndHour')}
          name="workdayEndHour"
          min={1}
          max={24}
          value={settings.workdayEndHour}
          onValue={(value) => update({ workdayEndHour: value })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optionsInvoicesLegend')}</legend>
        <NumberField
          label={t('optionsDefaultTerms')}
          name="invoiceDefaultTermsDays"
          min={0}
          value={settings.invoiceDefaultTermsDays}
          onValue={(value) => update({ invoiceDefaultTermsDays: value })}
        />
        <label>
          {t('optionsInvoiceReminders')}{' '}
          <input
            name="invoiceReminderDaysOverdue"
            value={settings.invoiceReminderDaysOverdue.join(', ')}
            onChange={(event) =>
              update({ invoiceReminderDaysOverdue: readDayList(event.currentTarget.value) })
            }
          />
        </label>
        <NumberField
          label={t('optionsCollections')}
          name="collectionsDaysOverdue"
          min={60}
          max={90}
          value={settings.collectionsDaysOverdue}
          onValue={(value) => update({ collectionsDaysOverdue: value })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optionsProposalsLegend')}</legend>
        <label>
          {t('optionsProposalNudges')}{' '}
          <input
            name="proposalNudgeBusinessDays"
            value={settings.proposalNudgeBusinessDays.join(', ')}
            onChange={(event) =>
              update({ proposalNudgeBusinessDays: readDayList(event.currentTarget.value) })
            }
          />
        </label>
        <NumberField
          label={t('optionsMonthlyCheckins')}
          name="monthlyCheckinMonths"
          min={0}
          value={settings.monthlyCheckinMonths}
          onValue={(value) => update({ monthlyCheckinMonths: value })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optionsRequestsLegend')}</legend>
        {REQUEST_LADDER_KINDS.map((kind) => (
          <label key={kind}>
            {t('optionsRequestNudges', kindLabel(kind))}{' '}
            <input
              name={`requestNudges-${kind}`}
              value={settings.requestLadders[kind].nudgeBusinessDays.join(', ')}
              onChange={(event) =>
                update({
                  requestLadders: {
                    ...settings.requestLadders,
                    [kind]: {
                      ...settings.requestLadders[kind],
                      nudgeBusinessDays: readDayList(event.currentTarget.value),
                    },
                  },
                })
              }
            />
          </label>
        ))}
        <label>
          {t('optionsMidProjectCheckin')}{' '}
          <input
            type="number"
            name="midProjectCheckin"
            min={1}
            value={settings.midProject.checkinBusinessDays}
            onInput={(event) =>
              update({
                midProject: {
                  ...settings.midProject,
                  checkinBusinessDays: Number(event.currentTarget.value),
                },
              })
            }
          />
        </label>
        <label>
          {t('optionsMidProjectClose')}{' '}
          <input
            type="number"
            name="midProjectClose"
            min={1}
            value={settings.midProject.closeNoticeBusinessDays}
            onInput={(event) =>
              update({
                midProject: {
                  ...settings.midProject,
                  closeNoticeBusinessDays: Number(event.currentTarget.value),
                },
              })
            }
          />
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit">{t('optionsSave')}</button>
        <button type="button" class="secondary" onClick={() => setSettings(defaults)}>
          {t('optionsDefaults')}
        </button>
      </div>
      {status.kind === 'saved' && (
        <p role="status" class="notice">
          {status.replanned === 1 ? t('optionsSavedOne') : t('optionsSavedMany', status.replanned)}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
    </form>
  );
}
