import { useEffect, useState } from 'preact/hooks';
import type { CadenceSettings } from '../../core/cadence/cadence-settings';
import type { UserPreferences } from '../../core/preferences/user-preferences';
import type { UserProfile } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { PreferencesFieldsets } from './preferences-fieldsets';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "7, 15, 28" → [7, 15, 28]; anything that is not a whole number stays as NaN for the core to refuse. */
export function readDayList(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
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
      if (!outcome.ok) return setStatus({ kind: 'error', message: outcome.error.message });
      setSettings(outcome.value.cadence);
      setDefaults(outcome.value.defaults);
      setProfile(outcome.value.profile);
      setPreferences(outcome.value.preferences);
    });
  }, []);

  if (!settings || !defaults || !profile || !preferences) return <p class="muted">Loading your settings…</p>;
  const update = (patch: Partial<CadenceSettings>) => setSettings({ ...settings, ...patch });
  const updateProfile = (patch: Partial<UserProfile>) => setProfile({ ...profile, ...patch });

  const save = async (event: Event) => {
    event.preventDefault();
    const outcome = await sendToBackground('settings/save', {
      cadence: settings as unknown as Record<string, unknown>,
      profile,
      preferences,
    });
    if (!outcome.ok) return setStatus({ kind: 'error', message: outcome.error.message });
    setSettings(outcome.value.cadence);
    setStatus({ kind: 'saved', replanned: outcome.value.replanned });
  };

  return (
    <form class="cadence" onSubmit={save}>
      <fieldset>
        <legend>You, in your follow-ups</legend>
        <label>
          Sign follow-ups as{' '}
          <input
            name="name"
            value={profile.name}
            onInput={(event) => updateProfile({ name: event.currentTarget.value })}
          />
        </label>
        <label>
          When you are free for a call{' '}
          <input
            name="callAvailability"
            placeholder="Tuesday or Thursday afternoon"
            value={profile.callAvailability}
            onInput={(event) => updateProfile({ callAvailability: event.currentTarget.value })}
          />
        </label>
        <label>
          Payment page for invoice reminders (never bank details){' '}
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
        <legend>Your working week</legend>
        <label>
          Time zone{' '}
          <input
            name="timeZone"
            value={settings.timeZone}
            onInput={(event) => update({ timeZone: event.currentTarget.value.trim() })}
          />
        </label>
        <div class="weekdays">
          {WEEKDAYS.map((day, index) => (
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
        <label>
          Reminders come due at (hour){' '}
          <input
            type="number"
            name="workdayStartHour"
            min={0}
            max={23}
            value={settings.workdayStartHour}
            onInput={(event) => update({ workdayStartHour: Number(event.currentTarget.value) })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Invoices</legend>
        <label>
          Payment terms when the invoice states none (days){' '}
          <input
            type="number"
            name="invoiceDefaultTermsDays"
            min={0}
            value={settings.invoiceDefaultTermsDays}
            onInput={(event) => update({ invoiceDefaultTermsDays: Number(event.currentTarget.value) })}
          />
        </label>
        <label>
          Reminders, in days overdue{' '}
          <input
            name="invoiceReminderDaysOverdue"
            value={settings.invoiceReminderDaysOverdue.join(', ')}
            onChange={(event) =>
              update({ invoiceReminderDaysOverdue: readDayList(event.currentTarget.value) })
            }
          />
        </label>
        <label>
          Collections step, in days overdue (60–90){' '}
          <input
            type="number"
            name="collectionsDaysOverdue"
            min={60}
            max={90}
            value={settings.collectionsDaysOverdue}
            onInput={(event) => update({ collectionsDaysOverdue: Number(event.currentTarget.value) })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Proposals and quotes</legend>
        <label>
          Nudges, in business days after sending{' '}
          <input
            name="proposalNudgeBusinessDays"
            value={settings.proposalNudgeBusinessDays.join(', ')}
            onChange={(event) =>
              update({ proposalNudgeBusinessDays: readDayList(event.currentTarget.value) })
            }
          />
        </label>
        <label>
          Monthly check-ins afterwards{' '}
          <input
            type="number"
            name="monthlyCheckinMonths"
            min={0}
            value={settings.monthlyCheckinMonths}
            onInput={(event) => update({ monthlyCheckinMonths: Number(event.currentTarget.value) })}
          />
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit">Save</button>
        <button type="button" class="secondary" onClick={() => setSettings(defaults)}>
          Back to the defaults
        </button>
      </div>
      {status.kind === 'saved' && (
        <p role="status" class="notice">
          Saved. {status.replanned === 1 ? '1 open thread was' : `${status.replanned} open threads were`}{' '}
          re-planned.
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
