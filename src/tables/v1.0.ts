/** The tables as `graph-callrecords` exports them: Graph v1.0 unless the options name another version. */
import type { ApiVersion } from '../model/types.js'
import type { TableRows, ToTablesOptions } from './toTables.js'
import { GraphModelV1 } from '../model/v1.0.js'
import { createTablesSql } from './ddl.js'
import { flattenRecord } from './toTables.js'
import type { SqlDdlOptions } from './sqlDdlOptions.js'

/** Each entry point loads its own version's model only: another version is the other entry's. */
const own = (apiVersion: ApiVersion | undefined) => {
  if (apiVersion !== undefined && apiVersion !== 'v1.0')
    throw new TypeError(`this entry point is Graph v1.0: import the tables of ${apiVersion} from its own entry point`)
  return GraphModelV1
}

/** What {@link toTables} flattens, and in which Graph version. @public */
export interface TablesOptions extends ToTablesOptions {
  /** The Graph version of the record; the entry point's own when absent. */
  readonly apiVersion?: ApiVersion | undefined
}

/**
 * Flattens a parsed call record (or, with `options.type`, any record type of the model: a PSTN or
 * direct-routing log row, …) into rows of the analytics tables (`call_records`, `sessions`,
 * `segments`, `media`, `streams`, `participants`, the logs), each row keyed by its parents.
 * Columns and rules: docs/analytics.md. The record is not changed.
 * @example
 * ```ts
 * const rows = toTables(parseCallRecord(payload))
 * rows.streams?.filter((row) => row.quality === 'poor')
 * ```
 * @public
 */
export function toTables(record: object, options?: TablesOptions): TableRows {
  return flattenRecord(own(options?.apiVersion), record, options)
}

/**
 * The SQL `CREATE TABLE` statements of the analytics tables of Graph v1.0 (or `options.apiVersion`),
 * with primary and foreign keys, for DuckDB or PostgreSQL.
 * @public
 */
export function toSqlDdl(options: SqlDdlOptions): string {
  return createTablesSql(own(options.apiVersion), options.dialect, { ifNotExists: options.ifNotExists })
}

export type { SqlDdlOptions }
