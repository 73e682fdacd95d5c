/** A DuckDB database in memory with the tables of a version, filled the way `export` fills its own. */
import { openDatabase, type Database } from '../../src/cli/duckdb.js'
import { openTableStore } from '../../src/cli/tableStore.js'
import type { GraphModel } from '../../src/model/types.js'
import { tableLayout } from '../../src/tables/layout.js'

export interface Exported {
  readonly database: Database
  /** Every table's rows, in a stable order, for comparing databases. */
  dump(): Promise<Record<string, unknown[]>>
}

/** Exports `records` ({ type, record }), in order, into a new in-memory database. */
export async function exportToMemory(model: GraphModel, records: readonly { type: string; record: Record<string, unknown> }[]): Promise<Exported> {
  const database = await openDatabase(':memory:', 'test')
  const store = await openTableStore(database, model)
  for (const { type, record } of records) {
    if (type === `${model.namespace}.callRecord`) await store.addCallRecord(record)
    else await store.addLogRow(type, record)
  }
  return {
    database,
    dump: async () => {
      const out: Record<string, unknown[]> = {}
      for (const table of tableLayout(model)) out[table.name] = await database.rows(`SELECT * FROM "${table.name}" ORDER BY ALL`)
      return out
    },
  }
}
