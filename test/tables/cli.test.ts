import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../src/cli/duckdb.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'
import type { ColumnKind, TableColumn } from '../../src/tables/columns.js'
import { tableLayout } from '../../src/tables/layout.js'
import { walkImports } from '../package/importGraph.js'
import { cli, root, run } from '../cli/run.js'
import { readCsv } from './csv.js'

const inputs = ['CallRecord', 'PstnCallLogRowCollectionResponse', 'DirectRoutingLogRowCollectionResponse'].flatMap((folder) =>
  readdirSync(join(root, 'examples/v1.0', folder)).map((file) => join(root, 'examples/v1.0', folder, file)),
)
const tables = tableLayout(GraphModelV1)
/** Columns both readers give the same JavaScript value for: no timestamps, whose text differs by reader. */
const comparable = (name: string) => tables.find((t) => t.name === name)!.columns.filter((c) => c.kind !== 'timestamp')
/** A cell as a value: JSON text parsed (Parquet readers parse the JSON type), numbers as numbers, empty CSV text as null. */
const plain = (kind: ColumnKind, value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value !== 'string') return value
  if (kind === 'json') return JSON.parse(value)
  if (kind === 'boolean') return value === 'true'
  if (kind === 'integer' || kind === 'bigint' || kind === 'number' || kind === 'duration') return Number(value)
  return value
}
const pick = (row: Record<string, unknown>, columns: readonly TableColumn[]) => Object.fromEntries(columns.map((c) => [c.name, plain(c.kind, row[c.name])]))
const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(a).localeCompare(JSON.stringify(b))

describe('graph-callrecords export', () => {
  let folder: string
  let database: Database

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'graph-callrecords-export-'))
    for (const target of ['duckdb', 'parquet', 'csv']) {
      const to = target === 'duckdb' ? join(folder, 'calls.duckdb') : join(folder, target)
      const result = run(['export', '--to', target, to, ...inputs, '-q'], undefined, root)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
    }
    database = await openDatabase(join(folder, 'calls.duckdb'), 'test')
  }, 60_000)
  afterAll(() => {
    database?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('writes Parquet partitioned by start date that a second reader reads back with the same rows', async () => {
    for (const name of ['call_records', 'streams', 'pstn_calls']) {
      const expected = await database.rows(`SELECT * FROM "${name}"`)
      expect(expected.length).toBeGreaterThan(0)
      const partitions = readdirSync(join(folder, 'parquet', name))
      expect(
        partitions.every((p) => /^date=\d{4}-\d\d-\d\d$/.test(p)),
        partitions.join(),
      ).toBe(true)
      const rows: Record<string, unknown>[] = []
      for (const partition of partitions) {
        for (const file of readdirSync(join(folder, 'parquet', name, partition))) {
          rows.push(...(await parquetReadObjects({ file: await asyncBufferFromFile(join(folder, 'parquet', name, partition, file)) })))
        }
      }
      const columns = comparable(name)
      expect(rows.map((r) => pick(r, columns)).sort(byKey)).toEqual(expected.map((r) => pick(r, columns)).sort(byKey))
    }
  })

  it('writes CSV with a header that reads back with the same rows', async () => {
    for (const name of ['call_records', 'streams', 'pstn_calls']) {
      const expected = await database.rows(`SELECT * FROM "${name}"`)
      const rows = readCsv(readFileSync(join(folder, 'csv', `${name}.csv`), 'utf8'))
      const columns = comparable(name)
      expect(rows.map((r) => pick(r, columns)).sort(byKey)).toEqual(expected.map((r) => pick(r, columns)).sort(byKey))
    }
  })

  it('exporting the same records again changes nothing', async () => {
    const before = await database.rows('SELECT "id", "recordJson" FROM "call_records" ORDER BY ALL')
    database.close()
    const again = run(['export', '--to', 'duckdb', join(folder, 'calls.duckdb'), ...inputs], undefined, root)
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/0 call records and 0 log rows exported, 7 records already stored/)
    database = await openDatabase(join(folder, 'calls.duckdb'), 'test')
    expect(await database.rows('SELECT "id", "recordJson" FROM "call_records" ORDER BY ALL')).toEqual(before)
  })

  it('runs every SQL example of docs/analytics.md, each returning rows', async () => {
    const markdown = readFileSync(join(root, 'docs/analytics.md'), 'utf8')
    const blocks = [...markdown.matchAll(/^```sql\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
    expect(blocks.length).toBeGreaterThanOrEqual(5)
    for (const sql of blocks) {
      // The Parquet example reads the folder export wrote.
      const rows = await database.rows(sql.replaceAll("'lake/", `'${join(folder, 'parquet')}/`))
      expect(rows.length, sql).toBeGreaterThan(0)
    }
  })

  it('names the optional package when it is missing', () => {
    // A resolve hook that finds no @duckdb package, as in an install without optional dependencies.
    writeFileSync(
      join(folder, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) { if (specifier.startsWith('@duckdb/')) throw new Error('not found'); return next(specifier, context) }\n`,
    )
    const register = join(folder, 'register.mjs')
    writeFileSync(register, `import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n`)
    const result = spawnSync(process.execPath, ['--import', register, cli, 'export', '--to', 'duckdb', join(folder, 'x.duckdb'), inputs[0]!], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('export needs the optional package @duckdb/node-api, which is not installed: npm install @duckdb/node-api')
  })

  it('is loaded by the command alone: the library entry points never reach DuckDB', () => {
    for (const entry of ['dist/index.js', 'dist/beta.js']) expect([...walkImports(join(root, entry)).bare.keys()]).not.toContain('@duckdb/node-api')
    expect([...walkImports(join(root, 'dist/cli/export.js')).bare.keys()]).toContain('@duckdb/node-api')
  })
})
