/**
 * What a parser reports: an issue (the input is rejected) or a warning (lenient mode relaxed a rule),
 * each pointing at its place in the input with a JSON Pointer.
 */

/**
 * Every code a parser reports, a stable list. Warnings use the codes of the rules that lenient mode relaxes.
 * @public
 */
export const IssueCodes = [
  /** The value has the wrong JSON type (a string where a number belongs, an array where an object belongs). */
  'invalid_type',
  /** A string is not an `Edm.DateTimeOffset` timestamp, or names an instant that does not exist. */
  'invalid_timestamp',
  /** Warning: a timestamp had more than 7 fractional digits; the extra digits were dropped (lenient). */
  'truncated_timestamp',
  /** A string is not an `Edm.Duration` such as `PT0.016S`. */
  'invalid_duration',
  /** A string is not a member of an enumeration (strict mode, or an enumeration without `unknownFutureValue`). */
  'invalid_enum',
  /** Warning: a string that is not a member of an evolvable enumeration became `unknownFutureValue` (lenient). */
  'unknown_enum_member',
  /** A number is not an integer, or outside the range of its type. */
  'invalid_number',
  /** An `Edm.Int64` beyond ±(2^53-1): it cannot be held exactly in a JavaScript number. */
  'unsafe_integer',
  /** Warning: an `Edm.Int64` or `Edm.Decimal` arrived as a numeric string and was converted (lenient). */
  'numeric_string',
  /** A string breaks a length or pattern rule of its schema. */
  'invalid_string',
  /** A value is not the constant its schema requires. */
  'invalid_literal',
  /** A property that the type does not declare: an issue in strict mode, a warning (kept) in lenient mode. */
  'unknown_property',
  /** A required property is absent. */
  'missing_property',
  /** `@odata.type` names a type that the value may not be: an issue in strict mode, a warning in lenient mode. */
  'unknown_odata_type',
  /** A value of an abstract type has no `@odata.type`: an issue in strict mode, a warning in lenient mode. */
  'missing_odata_type',
  /** A value matches none of the alternatives of a union. */
  'invalid_union',
  /** An array has too few or too many items. */
  'invalid_array',
  /** The input nests deeper than the parser's `maxDepth`. */
  'too_deep',
  /** A value that JSON cannot hold (a function, a symbol, a bigint, `undefined` in an array). */
  'not_json',
  /** The parser itself failed on this input; please report it. */
  'internal',
] as const

/** One of {@link IssueCodes}. @public */
export type IssueCode = (typeof IssueCodes)[number]

/**
 * A problem found in the input, or (as a warning) a relaxation that lenient mode made.
 * @public
 */
export interface Issue {
  /** JSON Pointer (RFC 6901) to the place in the input: `/sessions/0/segments/1/startDateTime`; `''` for the input itself. */
  readonly path: string
  /** What kind of problem, from {@link IssueCodes}. */
  readonly code: IssueCode
  /** A sentence that says what was expected and what was received. */
  readonly message: string
  /** What the schema expects, in words. */
  readonly expected?: string
  /** What the input had, shortened: a JSON text of at most 80 characters, or the name of its type. */
  readonly received?: string
}

/** `path: message`, the way a person reads an issue. @public */
export const formatIssue = (issue: Issue): string => `${issue.path || '(root)'}: ${issue.message}`

/**
 * The error that `parse*` functions throw: `issues` lists everything wrong with the input.
 * @public
 */
export class CallRecordsParseError extends Error {
  /** Every issue, in the order the parser met them (declared properties in schema order, then the others). */
  readonly issues: readonly Issue[]
  /** The relaxations lenient mode made before the issues were found. */
  readonly warnings: readonly Issue[]

  constructor(issues: readonly Issue[], warnings: readonly Issue[] = []) {
    const shown = issues.slice(0, 10).map((i) => `  ${formatIssue(i)}`)
    if (issues.length > 10) shown.push(`  … and ${issues.length - 10} more`)
    super(`${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}:\n${shown.join('\n')}`)
    this.name = 'CallRecordsParseError'
    this.issues = issues
    this.warnings = warnings
  }
}

/** Shows a received value in a message: short JSON for a primitive, the kind of value otherwise. */
export const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return value.length <= 80 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    case 'undefined':
      return 'undefined'
    default:
      return `a ${typeof value}`
  }
}
