/**
 * Gregorian calendar facts that the timestamp rules need, in integer arithmetic.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** English month names, for error messages (index 0 is January). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/**
 * Whether a year is a leap year in the proleptic Gregorian calendar (the calendar of ISO 8601 and
 * .NET `DateTimeOffset`), so 2000 is one and 1900 is not.
 * @example `isLeapYear(2020)` is `true`, `isLeapYear(1900)` is `false`.
 * @internal
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in a month (1–12) of a year, proleptic Gregorian calendar as in ISO 8601; returns 0
 * for a month outside 1–12 so that every day check fails on it.
 * @example `daysInMonth(2021, 2)` is `28`, `daysInMonth(2020, 2)` is `29`.
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return DAYS_IN_MONTH[month - 1] ?? 0
}
