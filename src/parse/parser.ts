/**
 * `createParser`: a validating, normalizing parser for any schema of this package. The schema is
 * checked when the parser is created; the parser is compiled once per mode, on first use.
 */
import type { Static, TSchema } from '@sinclair/typebox'
import { compile, type ParseFn } from './compile/index.js'
import { Context, pointer, type Report } from './context.js'
import { CallRecordsParseError, describeThrown, type Issue } from './issue.js'
import { assertParsable } from './parsable.js'
import type { StandardSchemaV1, StandardSchemaV1Issue } from './standardSchema.js'

/**
 * How a parser reads its input.
 * @public
 */
export interface ParseOptions {
  /**
   * `'lenient'` (the default) reads what Graph sends: unknown members of evolvable enums become
   * `unknownFutureValue`, numeric strings become numbers, undeclared properties are kept, timestamps
   * with more than 7 fractional digits are cut; each relaxation is reported as a warning.
   * `'strict'` accepts exactly what the CSDL allows: for producers, mocks and tests.
   */
  readonly mode?: 'lenient' | 'strict'
  /** How deep the input may nest before it is rejected with `too_deep` (default 64; a call record needs about 12). */
  readonly maxDepth?: number
}

/**
 * The result of a `safeParse*` function: the normalized value and the warnings, or every issue found.
 * @public
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] }

/**
 * A parser of one schema.
 * @public
 */
export interface Parser<T extends TSchema> extends StandardSchemaV1<unknown, Static<T>> {
  /** The schema this parser checks. */
  readonly schema: T
  /** Returns the normalized value, or throws a {@link CallRecordsParseError} that lists every issue. */
  parse(value: unknown, options?: ParseOptions): Static<T>
  /** Returns the normalized value or the issues; never throws, whatever the input. */
  safeParse(value: unknown, options?: ParseOptions): SafeParseResult<Static<T>>
  /**
   * Whether `value` is already exactly what the CSDL allows (strict mode, whatever the parser's
   * default), so `value` narrows to the static type: a lenient pass would not prove that, as lenient
   * mode accepts numeric strings and unknown enum members that `parse` converts. Never throws.
   */
  check(value: unknown, options: ParseOptions & { readonly mode: 'strict' }): value is Static<T>
  /**
   * Whether `safeParse` would succeed, without building the normalized copy: the cheapest complete
   * check (every timestamp's calendar included). Never throws.
   */
  check(value: unknown, options?: ParseOptions): boolean
}

const DEFAULT_MAX_DEPTH = 64

const toIssue = (report: Report): Issue => ({
  path: pointer(report.segments),
  code: report.code,
  message: report.message,
  ...(report.expected === undefined ? {} : { expected: report.expected }),
  ...(report.received === undefined ? {} : { received: report.received }),
})

/**
 * Creates a parser for `schema` (any schema of this package, or one built from them). The parser is
 * compiled on first use, once per mode, and reused; `options` set its defaults.
 * @throws `TypeError` when `schema`, or a schema inside it, is of a kind the parsers do not support
 * (`Type.Date()`, `Type.Record(…)`, …); the message names it and its JSON Pointer in `schema`.
 * @example
 * ```ts
 * const parser = createParser(Session, { mode: 'strict' })
 * const result = parser.safeParse(JSON.parse(text))
 * ```
 * @public
 */
export const createParser = <T extends TSchema>(schema: T, options: ParseOptions = {}): Parser<T> => {
  assertParsable(schema)
  /**
   * The context of one call and the compiled function for its mode; `compile` builds that function on
   * first use and caches it.
   */
  const prepare = (callOptions: ParseOptions | undefined, output: boolean): [Context, ParseFn] => {
    const strict = (callOptions?.mode ?? options.mode) === 'strict'
    const ctx = new Context(strict, callOptions?.maxDepth ?? options.maxDepth ?? DEFAULT_MAX_DEPTH)
    return [ctx, compile(schema, strict, output)]
  }
  /** Parses once: the output and the reports, whatever they say. */
  const attempt = (value: unknown, callOptions: ParseOptions | undefined): [unknown, Context] => {
    const [ctx, parse] = prepare(callOptions, true)
    let out: unknown
    try {
      out = parse(value, ctx)
    } catch (error) {
      // A getter that throws, a proxy, a stack exhausted by something the depth limit does not see.
      ctx.issue('internal', 'an input the parser can read', value, describeThrown(error))
    }
    return [out, ctx]
  }
  const run = (value: unknown, callOptions: ParseOptions | undefined): SafeParseResult<Static<T>> => {
    const [out, ctx] = attempt(value, callOptions)
    const reports = ctx.reports
    if (ctx.errors === 0) {
      const warnings = reports.length === 0 ? [] : reports.map(toIssue)
      return { success: true, value: out as Static<T>, warnings }
    }
    return {
      success: false,
      issues: reports.filter((r) => !r.warning).map(toIssue),
      warnings: reports.filter((r) => r.warning).map(toIssue),
    }
  }
  /** Standard Schema wants paths as keys, outermost first; the reports hold them innermost first. */
  const validate = (value: unknown): { value: Static<T> } | { issues: StandardSchemaV1Issue[] } => {
    try {
      const [out, ctx] = attempt(value, undefined)
      if (ctx.errors === 0) return { value: out as Static<T> }
      return { issues: ctx.reports.filter((r) => !r.warning).map((r) => ({ message: r.message, path: [...r.segments].reverse() })) }
    } catch (error) {
      return { issues: [{ message: `the parser failed: ${String(error)}`, path: [] }] }
    }
  }
  return {
    schema,
    '~standard': { version: 1, vendor: 'graph-callrecords', validate },
    parse: (value, callOptions) => {
      const result = run(value, callOptions)
      if (result.success) return result.value
      throw new CallRecordsParseError(result.issues, result.warnings)
    },
    check: (value: unknown, callOptions?: ParseOptions): value is Static<T> => {
      try {
        const [ctx, check] = prepare(callOptions, false)
        check(value, ctx)
        return ctx.errors === 0
      } catch {
        return false
      }
    },
    safeParse: (value, callOptions) => {
      try {
        return run(value, callOptions)
      } catch (error) {
        // Nothing above should throw; if it does, safeParse still keeps its promise.
        const issue: Issue = { path: '', code: 'internal', message: `the parser failed: ${describeThrown(error)}` }
        return { success: false, issues: [issue], warnings: [] }
      }
    },
  }
}
