/**
 * DuckDB, loaded only when `export` runs: `@duckdb/node-api` is an optional dependency, so the library
 * and the other commands work without it, and its absence is told by name.
 */
import { UsageError } from './args.js'

/** The few calls of a DuckDB connection that export makes. */
export interface Database {
  /** Runs SQL, with positional parameters (`$1`) when given. */
  run(sql: string, parameters?: readonly (string | number | boolean | null)[]): Promise<void>
  /** Runs a query and returns its rows as JSON-like objects. */
  rows(sql: string, parameters?: readonly (string | number | boolean | null)[]): Promise<Record<string, unknown>[]>
  /** A statement prepared once and run many times, with positional parameters. */
  prepare(sql: string): Promise<(parameters: readonly (string | number | boolean | null)[]) => Promise<void>>
  close(): void
}

export const DUCKDB_PACKAGE = '@duckdb/node-api'

/** Opens (or creates) a DuckDB database file, or an in-memory one for `:memory:`. */
export async function openDatabase(path: string, command: string): Promise<Database> {
  let api: typeof import('@duckdb/node-api')
  try {
    api = await import('@duckdb/node-api')
  } catch {
    throw new UsageError(`${command} needs the optional package ${DUCKDB_PACKAGE}, which is not installed: npm install ${DUCKDB_PACKAGE}`, command)
  }
  const instance = await api.DuckDBInstance.create(path)
  const connection = await instance.connect()
  await connection.run(`SET TimeZone = 'UTC'`)
  const values = (parameters: readonly (string | number | boolean | null)[] | undefined) => (parameters === undefined ? undefined : [...parameters])
  return {
    run: async (sql, parameters) => {
      await connection.run(sql, values(parameters))
    },
    rows: async (sql, parameters) => (await connection.runAndReadAll(sql, values(parameters))).getRowObjectsJson() as Record<string, unknown>[],
    prepare: async (sql) => {
      const statement = await connection.prepare(sql)
      return async (parameters) => {
        statement.bind([...parameters])
        await statement.run()
      }
    },
    close: () => {
      connection.closeSync()
      instance.closeSync()
    },
  }
}
