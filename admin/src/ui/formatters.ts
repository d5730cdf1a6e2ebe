/**
 * Formatting in the app's language (not the browser's): dates are shown in China time, money is
 * stored in fen and shown in 元.
 */
export interface Formatters {
  date: (v: string) => string;
  datetime: (v: string) => string;
  /** A moment as China time of day to the second (HH:mm:ss). */
  clock: (v: string) => string;
  time: (v: string) => string;
  money: (fen: number) => string;
  percent: (bp: number) => string;
}

/** BCP 47 tags for Intl formatting: dates and money follow the app's language, not the browser's. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'zh-CN');

export function formatters(locale: string): Formatters {
  const tag = intlLocale(locale);
  const date = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  const datetime = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  });
  const clock = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
  return {
    date: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? date.format(new Date(`${v}T00:00:00Z`)) : v),
    datetime: (v) => {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : datetime.format(d);
    },
    clock: (v) => {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : clock.format(d);
    },
    time: (v) => v.slice(0, 5),
    money: (fen) => money.format(fen / 100),
    percent: (bp) => `${(bp / 100).toLocaleString(tag, { maximumFractionDigits: 2 })}%`,
  };
}
