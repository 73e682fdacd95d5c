/**
 * The state of one parse: the reports found so far and the nesting depth. Paths are built only for
 * what is reported: a report starts with an empty path and each enclosing object or array adds its key
 * on the way out, so a valid input pays nothing for them.
 */
import { describe, type IssueCode } from './issue.js'
import { escapeJsonPointer } from './jsonPointer.js'

export interface Report {
  readonly code: IssueCode
  readonly message: string
  readonly expected?: string
  readonly received?: string
  readonly warning: boolean
  /** Keys from the innermost outwards. */
  readonly segments: (string | number)[]
}

export class Context {
  readonly reports: Report[] = []
  errors = 0
  depth = 0
  /** The objects `cloneJson` is inside of: one met again among them is a cycle. Made on first use. */
  copying: Set<object> | undefined = undefined
  /**
   * What `cloneJson` has copied, by the depth it met each value at: a value met again at that depth (the
   * same object in two places) takes the same copy, so shared values are not copied exponentially often.
   */
  copies: Map<object, Map<number, unknown>> | undefined = undefined

  constructor(
    readonly strict: boolean,
    readonly maxDepth: number,
  ) {}

  /** Reports an issue: the input is rejected. `expected` is in words; `received` is the offending value. */
  issue(code: IssueCode, expected: string, received: unknown, detail?: string): void {
    this.errors++
    this.reports.push(report(code, expected, received, detail, false))
  }

  /** Reports a warning: lenient mode relaxed a rule, and says so. */
  warn(code: IssueCode, expected: string, received: unknown, detail?: string): void {
    this.reports.push(report(code, expected, received, detail, true))
  }

  /** Reports with a message of its own, for a rule that "expected …, received …" says badly. */
  say(code: IssueCode, message: string, warning: boolean): void {
    if (!warning) this.errors++
    this.reports.push({ code, message, warning, segments: [] })
  }

  /** Adds `key` to the path of every report made since the count `from`. */
  under(from: number, key: string | number): void {
    const reports = this.reports
    for (let i = from; i < reports.length; i++) reports[i]!.segments.push(key)
  }
}

const report = (code: IssueCode, expected: string, value: unknown, detail: string | undefined, warning: boolean): Report => {
  const received = describe(value)
  return {
    code,
    message: `expected ${expected}, received ${received}${detail ? ` (${detail})` : ''}`,
    expected,
    received,
    warning,
    segments: [],
  }
}

/** The JSON Pointer of `segments`, which are stored innermost first. */
export const pointer = (segments: readonly (string | number)[]): string => {
  let path = ''
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!
    path += '/' + (typeof s === 'number' ? s : escapeJsonPointer(s))
  }
  return path
}
