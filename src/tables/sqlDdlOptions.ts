/** The options of `toSqlDdl`, shared by both entry points. */
import type { ApiVersion } from '../model/types.js'
import type { SqlDialect } from './ddl.js'

/** What {@link toSqlDdl} writes. @public */
export interface SqlDdlOptions {
  /** `duckdb` or `postgres`. */
  readonly dialect: SqlDialect
  /** The Graph version of the tables; the entry point's own when absent. */
  readonly apiVersion?: ApiVersion | undefined
  /** Write `CREATE TABLE IF NOT EXISTS`. */
  readonly ifNotExists?: boolean | undefined
}
