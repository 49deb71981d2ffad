import { enDates } from './en-dates.ts';
import { fill } from './fill.ts';

/**
 * "May 2020", "12 May 2020" or "2020": only as precise as the date is known. It reads the date words
 * alone, not the whole dictionary: the page script writes the reader's access date with it.
 */
export function formatDateOnly(date: string): string {
  const [year = '', month, day] = date.split('-');
  const monthName = month ? enDates[`month.${Number(month)}` as keyof typeof enDates] : undefined;
  if (!monthName) return year;
  return day ? fill(enDates['date.day'], { day: Number(day), month: monthName, year }) : fill(enDates['date.month'], { month: monthName, year });
}
