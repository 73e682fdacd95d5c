/**
 * The analytics tables in a DuckDB database, kept equal to the merge of every record exported: a call
 * record already stored is merged with the new version, and when the merge differs from what is
 * stored, the call's rows are replaced in one transaction; otherwise nothing changes. Log rows are
 * added once per key.
 */
import { canonicalJson } from '../merge/canonicalJson.js'
import { mergeRecords } from '../merge/mergeCallRecords.js'
import type { GraphModel } from '../model/types.js'
import { createTablesSql, quoteIdentifier } from '../tables/ddl.js'
import { tableLayout, type TableDefinition } from '../tables/layout.js'
import { flattenRecord, type TableRows } from '../tables/toTables.js'
import type { Database } from './duckdb.js'

type Insert = (parameters: readonly (string | number | boolean | null)[]) => Promise<void>

/** What became of a call record: new, merged into the stored call (rows replaced), or no change. */
export type StoreOutcome = 'added' | 'replaced' | 'unchanged'

export interface TableStore {
  /** Stores a call record, merged with the stored version of the call; throws when the two cannot be merged. */
  addCallRecord(record: Record<string, unknown>): Promise<StoreOutcome>
  /** Stores a log row (`pstn_calls`, …) of the given Graph type; a row whose key is stored changes nothing. */
  addLogRow(type: string, row: object): Promise<StoreOutcome>
}

export async function openTableStore(database: Database, model: GraphModel): Promise<TableStore> {
  await database.run(createTablesSql(model, 'duckdb', { ifNotExists: true, foreignKeys: false }))
  const tables = tableLayout(model)
  const inserts = new Map<string, Insert>()
  for (const table of tables) {
    const placeholders = table.columns.map((_, i) => `$${i + 1}`).join(', ')
    inserts.set(table.name, await database.prepare(`INSERT INTO ${quoteIdentifier(table.name)} VALUES (${placeholders})`))
  }
  const callTables = tables.filter((table) => table.name === 'call_records' || table.parentKey[0] === 'callRecordId')
  const insertRows = async (rows: TableRows, order: readonly TableDefinition[]): Promise<void> => {
    for (const table of order) {
      const insert = inserts.get(table.name)!
      for (const row of rows[table.name] ?? []) await insert(table.columns.map((column) => row[column.name] ?? null))
    }
  }
  return {
    addCallRecord: async (record) => {
      const id = record.id as string
      const stored = await database.rows(`SELECT "recordJson" FROM "call_records" WHERE "id" = $1`, [id])
      const before = stored[0]?.recordJson
      const previous = typeof before === 'string' ? (JSON.parse(before) as Record<string, unknown>) : undefined
      const merged = previous === undefined ? record : mergeRecords(previous, record, { model })
      if (previous !== undefined && canonicalJson(merged) === canonicalJson(previous)) return 'unchanged'
      const rows = flattenRecord(model, merged)
      await database.run('BEGIN TRANSACTION')
      try {
        if (previous !== undefined) {
          // Children first: their foreign keys name the parents.
          for (const table of [...callTables].reverse()) {
            const key = table.name === 'call_records' ? 'id' : 'callRecordId'
            await database.run(`DELETE FROM ${quoteIdentifier(table.name)} WHERE ${quoteIdentifier(key)} = $1`, [id])
          }
        }
        await insertRows(rows, callTables)
        await database.run('COMMIT')
      } catch (error) {
        await database.run('ROLLBACK')
        throw error
      }
      return previous === undefined ? 'added' : 'replaced'
    },
    addLogRow: async (type, row) => {
      const rows = flattenRecord(model, row, { type })
      const table = tables.find((candidate) => candidate.type === type)!
      const stored = rows[table.name]?.[0]
      if (table.primaryKey.length > 0 && stored !== undefined) {
        const where = table.primaryKey.map((column, i) => `${quoteIdentifier(column)} = $${i + 1}`).join(' AND ')
        const found = await database.rows(
          `SELECT 1 FROM ${quoteIdentifier(table.name)} WHERE ${where}`,
          table.primaryKey.map((column) => stored[column] ?? null),
        )
        if (found.length > 0) return 'unchanged'
      }
      await insertRows(rows, [table])
      return 'added'
    },
  }
}
