/**
 * Dates as Vietnamese readers write them. The record holds ISO days
 * ("2021-01-08"); parseISO reads them as local midnight and format writes
 * them back in the same zone, so the build machine's time zone never
 * shifts a day.
 */
import { format, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale';

/** "2021-01-08" -> "Thứ Sáu, 08/01/2021" (date-fns `vi` capitalises the weekday). */
export function formatLongDate(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE, dd/MM/yyyy', { locale: vi });
}

/** "2021-01-08" -> "08/01/2021". */
export function formatShortDate(isoDate: string): string {
  return format(parseISO(isoDate), 'dd/MM/yyyy', { locale: vi });
}

/** "2021-01" -> "01/2021". */
export function formatMonth(isoMonth: string): string {
  return format(parseISO(`${isoMonth}-01`), 'MM/yyyy', { locale: vi });
}
