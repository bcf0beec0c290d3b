import { uiLanguage } from '../platform/ui-strings';

// Building an Intl formatter costs far more than using one, and a popup of 10,000 tracked threads
// formats hundreds of amounts and dates on opening (issue #7: it opens in 100 ms). One per shape.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(currency: string | null): Intl.NumberFormat {
  const key = currency ?? '';
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), currency ? { style: 'currency', currency } : {});
    numberFormats.set(key, format);
  }
  return format;
}

/** A change in points with its sign ("+12", "−13"), in the UI language. */
export function formatPointChange(value: number): string {
  let format = numberFormats.get('signed');
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    numberFormats.set('signed', format);
  }
  return format.format(value);
}

/** A number in the UI language ("1,850", "1.850"). */
export function formatNumber(value: number): string {
  return numberFormat(null).format(value);
}

/** An amount in the UI language ("€1,850.00", "1.850,00 €"); a currency Intl refuses is written out. */
export function formatMoney(amount: number, currency: string | null): string {
  try {
    return numberFormat(currency).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

/** "Mon, 24 Nov 2025", "Mo., 24. Nov. 2025": the day itself, whatever the browser's time zone. */
export function formatCalendarDate(isoDate: string): string {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(at)) return isoDate;
  let format = dateFormats.get('calendar-day');
  if (!format) {
    format = new Intl.DateTimeFormat(uiLanguage(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set('calendar-day', format);
  }
  return format.format(at);
}
