/**
 * What a parser reports: an issue (the input is rejected) or a warning (lenient mode relaxed a rule),
 * each pointing at its place in the input with a JSON Pointer.
 */

/**
 * Every code a parser reports, a stable list. Warnings use the codes of the rules that lenient mode relaxes.
 * @public
 */
export const IssueCodes = [
  /**
   * The value has the wrong JSON type (a string where a number belongs, an array where an object belongs;
   * a `Map`, `Set`, `Date` or class instance where an object belongs).
   */
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
  /**
   * Warning: a value without `@odata.type` whose properties only one subtype of its declared type has
   * was read as that subtype, and the output names it (lenient; strict mode reads it so silently).
   */
  'inferred_odata_type',
  /** A value matches none of the alternatives of a union. */
  'invalid_union',
  /** An array has too few or too many items. */
  'invalid_array',
  /** The input nests deeper than the parser's `maxDepth`. */
  'too_deep',
  /** A value contains itself (an object or array met again inside itself): JSON cannot hold it. */
  'cycle',
  /**
   * A value that JSON cannot hold (a function, a symbol, a bigint, `undefined` in an array, a `Map`, a
   * `Date` or another object that is not plain) where the schema allows any JSON value.
   */
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
  switch (typeof value) {
    case 'string':
      return value.length <= 80 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return describeObject(value)
    case 'undefined':
      return 'undefined'
    default:
      return `a ${typeof value}`
  }
}

/** `an object`, or what a non-plain object is: `a Map`, `a Date`, `an instance of Foo`. Never throws. */
const describeObject = (value: object): string => {
  try {
    if (Array.isArray(value)) return 'an array'
    const prototype = Object.getPrototypeOf(value)
    if (prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null) return 'an object'
    const name = Object.prototype.hasOwnProperty.call(prototype, 'constructor')
      ? (prototype as { constructor?: { name?: unknown } }).constructor?.name
      : undefined
    if (typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name))
      return ['Map', 'Set', 'Date', 'RegExp', 'Promise', 'WeakMap', 'WeakSet', 'Error', 'String', 'Number', 'Boolean'].includes(name) || name.endsWith('Array')
        ? `a ${name}`
        : `an instance of ${name}`
    return 'an object that is not plain JSON'
  } catch {
    return 'an object that cannot be read'
  }
}

/**
 * The text of anything thrown, for a message: an `Error`'s message, or the thrown value as a string.
 * Never throws, even for a value whose `toString` or `message` getter throws.
 */
export const describeThrown = (error: unknown): string => {
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message
    if (typeof error === 'string') return error
    return String(error)
  } catch {
    try {
      return `something that cannot be shown (${describe(error)})`
    } catch {
      return 'something that cannot be shown'
    }
  }
}
