/**
 * Standard Schema V1 (https://standardschema.dev), the interface tRPC, TanStack Form, Hono and other
 * libraries accept from any validator. The spec asks libraries to copy its types rather than depend on
 * its package, so that a consumer needs nothing more; `test/parse/standardSchema.test.ts` keeps this
 * copy assignable to `@standard-schema/spec`.
 */

/**
 * A value that validates as Standard Schema V1: what a parser exposes as `'~standard'`.
 * @public
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1Props<Input, Output>
}

/**
 * The `'~standard'` member of {@link StandardSchemaV1}.
 * @public
 */
export interface StandardSchemaV1Props<Input = unknown, Output = Input> {
  /** The version of the standard. */
  readonly version: 1
  /** The library that validates: `graph-callrecords`. */
  readonly vendor: string
  /** Validates `value`: the normalized value, or the issues. Never throws, never returns a promise here. */
  readonly validate: (value: unknown) => StandardSchemaV1Result<Output>
  /** The static types, for inference only (never set at run time). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined
}

/**
 * The result of {@link StandardSchemaV1Props.validate}: `{ value }` or `{ issues }`.
 * @public
 */
export type StandardSchemaV1Result<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly StandardSchemaV1Issue[] }

/**
 * One issue as Standard Schema states it: the message, and the path as keys (array indexes are numbers).
 * @public
 */
export interface StandardSchemaV1Issue {
  /** The message of the issue. */
  readonly message: string
  /** The keys from the input down to the place of the issue; empty for the input itself. */
  readonly path: readonly (string | number)[]
}
