/**
 * The words a date is written with: part of the English dictionary (en.ts spreads them in), kept in
 * their own module because the page script writes the reader's access date with them.
 */
export const enDates = {
  'month.1': 'January',
  'month.2': 'February',
  'month.3': 'March',
  'month.4': 'April',
  'month.5': 'May',
  'month.6': 'June',
  'month.7': 'July',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'October',
  'month.11': 'November',
  'month.12': 'December',
  'date.day': '{day} {month} {year}',
  'date.month': '{month} {year}',
} as const;
