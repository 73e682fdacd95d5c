/**
 * The failure shape shared by the non-throwing checkers of this folder. A plain object with a
 * discriminant, so that a caller tells it from a success value with one `typeof` test.
 * @public
 */
export interface TimeFailure {
  /** Always `false`: tells a failure from a {@link TruncatedTimestamp}. */
  readonly ok: false
  /** The rule that the input breaks, in words, without the input itself (the caller quotes it). */
  readonly reason: string
}

/**
 * Builds the message of the `RangeError` that the throwing functions of this folder raise, so that a
 * parser using the non-throwing checkers reports failures in the same words. The input is quoted as
 * JSON and cut short when long, so that a 1 MB string does not end up in a log line.
 * @example `invalidInputMessage('timestamp', '2021-02-29T00:00:00Z', 'day 29 does not exist in February 2021')`
 * returns `invalid timestamp "2021-02-29T00:00:00Z": day 29 does not exist in February 2021`.
 * @internal
 */
export function invalidInputMessage(kind: string, text: unknown, reason: string): string {
  let quoted: string
  if (typeof text !== 'string') quoted = `(${typeof text})`
  else if (text.length <= 80) quoted = JSON.stringify(text)
  else quoted = `${JSON.stringify(text.slice(0, 60))}… (${text.length} characters)`
  return `invalid ${kind} ${quoted}: ${reason}`
}
