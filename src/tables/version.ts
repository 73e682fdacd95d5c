/**
 * The entry points' functions over a version's model: the same for v1.0 and beta, with the model
 * chosen by `apiVersion` and each entry point's own version as the default.
 */
import { GraphModelBeta } from '../model/beta.js'
import type { ApiVersion, GraphModel } from '../model/types.js'
import { GraphModelV1 } from '../model/v1.0.js'
import { createTablesSql, type SqlDialect } from './ddl.js'
import { flattenRecord, type TableRows, type ToTablesOptions } from './toTables.js'

/** What {@link toSqlDdl} writes. @public */
export interface SqlDdlOptions {
  /** `duckdb` or `postgres`. */
  readonly dialect: SqlDialect
  /** The Graph version of the tables; the entry point's own when absent. */
  readonly apiVersion?: ApiVersion | undefined
  /** Write `CREATE TABLE IF NOT EXISTS`. */
  readonly ifNotExists?: boolean | undefined
}

/** The model of a Graph version. Throws a `TypeError` for another version. */
export function modelOf(apiVersion: ApiVersion): GraphModel {
  if (apiVersion === 'v1.0') return GraphModelV1
  if (apiVersion === 'beta') return GraphModelBeta
  throw new TypeError(`unknown API version ${JSON.stringify(apiVersion)}: expected v1.0 or beta`)
}

/** {@link flattenRecord} and {@link createTablesSql} bound to a default version. */
export const tablesFor = (defaultVersion: ApiVersion) => ({
  toTables: (record: object, options: ToTablesOptions & { readonly apiVersion?: ApiVersion | undefined } = {}): TableRows =>
    flattenRecord(modelOf(options.apiVersion ?? defaultVersion), record, options),
  toSqlDdl: (options: SqlDdlOptions): string =>
    createTablesSql(modelOf(options.apiVersion ?? defaultVersion), options.dialect, { ifNotExists: options.ifNotExists }),
})
