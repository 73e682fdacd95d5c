/**
 * `graph-callrecords export --to duckdb|parquet|csv TARGET INPUT…`: the records into the analytics
 * tables. Records are queued as each chunk of input is read and written to DuckDB between chunks, so
 * memory holds one chunk's records. Parquet and CSV are written from a DuckDB database built in the
 * target folder and removed afterwards.
 */
import { REDACTION_OPTIONS, redactionOptionsOf, redactorsFor } from './redaction.js'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiVersion } from '../model/types.js'
import { quoteIdentifier } from '../tables/ddl.js'
import { tableLayout, type TableDefinition } from '../tables/layout.js'
import { modelOf } from '../tables/version.js'
import { UsageError } from './args.js'
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS } from './context.js'
import { openDatabase, type Database } from './duckdb.js'
import { count, issueLine } from './report.js'
import { openTableStore, type TableStore } from './tableStore.js'

export const EXPORT_TARGETS = ['duckdb', 'parquet', 'csv'] as const
type Target = (typeof EXPORT_TARGETS)[number]

interface Queued {
  readonly file: string
  readonly line: number
  readonly type: string
  readonly value: Record<string, unknown>
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`

/** The rows of a table with the day its call (or log row) started, the Parquet partition. */
function dated(table: TableDefinition): { readonly select: string; readonly partitioned: boolean } {
  const name = quoteIdentifier(table.name)
  const day = (column: string) => `strftime(${column}, '%Y-%m-%d') AS "date"`
  if (table.name === 'call_records') return { select: `SELECT *, ${day('"startDateTime"')} FROM ${name}`, partitioned: true }
  if (table.parentKey[0] === 'callRecordId') {
    return {
      select: `SELECT t.*, ${day('c."startDateTime"')} FROM ${name} AS t JOIN "call_records" AS c ON c."id" = t."callRecordId"`,
      partitioned: true,
    }
  }
  const timestamp = table.columns.find((column) => column.kind === 'timestamp' && column.path.length === 1)
  return timestamp === undefined
    ? { select: `SELECT * FROM ${name}`, partitioned: false }
    : { select: `SELECT *, ${day(quoteIdentifier(timestamp.name))} FROM ${name}`, partitioned: true }
}

async function writeFiles(database: Database, tables: readonly TableDefinition[], target: Target, folder: string): Promise<void> {
  for (const table of tables) {
    if (target === 'csv') {
      await database.run(`COPY ${quoteIdentifier(table.name)} TO ${sqlString(join(folder, `${table.name}.csv`))} (HEADER)`)
      continue
    }
    const { select, partitioned } = dated(table)
    const path = join(folder, table.name)
    await rm(path, { recursive: true, force: true })
    if (partitioned) await database.run(`COPY (${select}) TO ${sqlString(path)} (FORMAT PARQUET, PARTITION_BY ("date"))`)
    else {
      await mkdir(path, { recursive: true })
      await database.run(`COPY (${select}) TO ${sqlString(join(path, 'data_0.parquet'))} (FORMAT PARQUET)`)
    }
  }
}

const EXPORT: RecordCommand = {
  name: 'export',
  options: { ...COMMON_OPTIONS, to: { type: 'string', choices: EXPORT_TARGETS }, redact: { type: 'boolean' }, ...REDACTION_OPTIONS },
  leadingOperands: 1,
  // With --redact, the records are redacted before they are flattened: no personal value reaches a table.
  prepare: (values) => {
    if (values.redact === true) redactionOptionsOf(values, 'export')
  },
  start: ({ output, tally }, values, leading) => {
    const target = values.to as Target | undefined
    if (target === undefined) throw new UsageError('--to is required: duckdb, parquet or csv', 'export')
    const destination = leading[0]
    if (destination === undefined) throw new UsageError(`the ${target === 'duckdb' ? 'database file' : 'folder'} to export to is required`, 'export')
    const model = modelOf((values['api-version'] as ApiVersion | undefined) ?? 'v1.0')
    const tables = tableLayout(model)
    const logTypes = new Set(tables.filter((table) => table.parent === undefined && table.name !== 'call_records').map((table) => table.type))
    const databasePath = target === 'duckdb' ? destination : join(destination, `.graph-callrecords-export-${process.pid}.duckdb`)
    const redact = values.redact === true ? redactorsFor(redactionOptionsOf(values, 'export')) : undefined
    const write = (line: string): void => output.message(line)
    const queue: Queued[] = []
    const done = { calls: 0, replaced: 0, unchanged: 0, logRows: 0 }
    let database: Database | undefined
    let store: TableStore | undefined
    /** A valid record that cannot be exported: reported and counted as invalid, so that it does not stop the run. */
    const skip = (file: string, line: number, path: string, message: string): void => {
      tally.valid--
      tally.invalid++
      write(issueLine(file, line, { path, code: 'invalid_type', message }))
    }
    const drain = async (): Promise<void> => {
      for (const { file, line, type, value } of queue.splice(0)) {
        try {
          if (type === `${model.namespace}.callRecord`) {
            const outcome = await store!.addCallRecord(value)
            if (outcome === 'added') done.calls++
            else done[outcome]++
          } else {
            const outcome = await store!.addLogRow(type, value)
            if (outcome === 'added') done.logRows++
            else done.unchanged++
          }
        } catch (error) {
          skip(file, line, '', `cannot be exported: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    }
    return {
      write,
      begin: async () => {
        if (target !== 'duckdb') {
          await mkdir(destination, { recursive: true })
          await rm(databasePath, { force: true })
        }
        database = await openDatabase(databasePath, 'export')
        store = await openTableStore(database, model)
      },
      record: (event, result) => {
        if (!result.success) return
        const value = (redact === undefined ? result.value : redact(event.type.schema, result.value)) as Record<string, unknown>
        const type = String(event.type.schema.$id)
        const { file, line } = event
        if (type === `${model.namespace}.callRecord`) {
          if (typeof value.id !== 'string') skip(file, line, '/id', 'a call record without an id cannot be exported')
          else queue.push({ file, line, type, value })
        } else if (logTypes.has(type)) queue.push({ file, line, type, value })
        else skip(file, line, '', `not a call record or a log row (it looks like a ${event.type.name}); export reads those`)
      },
      ready: drain,
      end: async () => {
        await drain()
        if (target !== 'duckdb') await writeFiles(database!, tables, target, destination)
        database!.close()
        if (target !== 'duckdb') await Promise.all([rm(databasePath, { force: true }), rm(`${databasePath}.wal`, { force: true })])
        const changed = `${done.replaced > 0 ? `, ${count(done.replaced, 'call')} merged with a stored version` : ''}${done.unchanged > 0 ? `, ${count(done.unchanged, 'record')} already stored` : ''}`
        return `${count(done.calls, 'call record')} and ${count(done.logRows, 'log row')} exported${changed}`
      },
    }
  },
}

export const exportRecords = (argv: readonly string[]): Promise<number> => runCommand(EXPORT, argv)
