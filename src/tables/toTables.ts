/**
 * Flattens a parsed record into the rows of the tables ({@link tableLayout}): each value of a nested
 * collection (sessions, segments, media, streams, participants) becomes a row of its own table that
 * carries the keys of its parents. The record is not changed.
 */
import { canonicalJson } from '../merge/canonicalJson.js'
import type { GraphModel } from '../model/types.js'
import { callQuality } from '../quality/callQuality.js'
import type { QualityCallRecord } from '../quality/record.js'
import { checkDuration } from '../time/duration.js'
import type { TableColumn } from './columns.js'
import { tableLayout, type TableDefinition } from './layout.js'

/** A row: one value per column, null when the record has none. @public */
export type TableRow = { readonly [column: string]: string | number | boolean | null }

/** Rows by table name; a table with no rows is absent. @public */
export type TableRows = { readonly [table: string]: readonly TableRow[] }

/** What {@link toTables} flattens. @public */
export interface ToTablesOptions {
  /**
   * The qualified name of the record's type, one of the model's `recordTypes`
   * (`microsoft.graph.callRecords.pstnCallLogRow`); a call record when absent.
   */
  readonly type?: string | undefined
  /**
   * For a value that belongs to a parent (a session of a call, read from a sessions page): the keys
   * of its parent row (`{ callRecordId: '…' }`), as the table's `parentKey` names them.
   */
  readonly parentKey?: Readonly<Record<string, string | number>> | undefined
}

type Value = Record<string, unknown>

const read = (value: unknown, path: readonly string[]): unknown => {
  let current = value
  for (const name of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Value)[name]
  }
  return current
}

/** The value of a column, as the column's kind stores it. */
function cell(column: TableColumn, raw: unknown): string | number | boolean | null {
  if (raw === undefined || raw === null) return null
  switch (column.kind) {
    case 'json':
      return JSON.stringify(raw)
    case 'duration': {
      if (typeof raw !== 'string') return null
      const ms = checkDuration(raw)
      return typeof ms === 'number' ? ms : null
    }
    case 'integer':
    case 'bigint':
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    case 'boolean':
      return typeof raw === 'boolean' ? raw : null
    default:
      return typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw)
  }
}

/** The id of an entity; `#<index>` when the record has none, so that its children still have a parent. */
const idOf = (value: Value, index: number): string => (typeof value.id === 'string' && value.id !== '' ? value.id : `#${index}`)

/**
 * Flattens one record into rows of every table it reaches: a call record into `call_records`,
 * `sessions`, `segments`, `media`, `streams` (each with its `kind` and `quality` by
 * {@link callQuality}) and `participants`; a log row into its log's table. Durations become
 * milliseconds, collections JSON text; every row carries the keys of its parents.
 * Throws a `TypeError` for a type that has no table.
 * @public
 */
export function flattenRecord(model: GraphModel, record: object, options: ToTablesOptions = {}): TableRows {
  const type = options.type ?? `${model.namespace}.callRecord`
  const tables = tableLayout(model)
  const root = tables.find((table) => table.type === type)
  if (root === undefined) {
    throw new TypeError(`no table holds ${type} in Graph ${model.apiVersion}: expected one of ${tables.map((t) => t.type).join(', ')}`)
  }
  const rows: Record<string, TableRow[]> = {}
  const children = (parent: TableDefinition) => tables.filter((table) => table.parent?.table === parent.name)
  const quality = type === `${model.namespace}.callRecord` ? callQuality(record as QualityCallRecord).streams : []
  let streamIndex = 0
  const visit = (table: TableDefinition, value: Value, index: number, parentKey: Readonly<Record<string, string | number>>): void => {
    const row: Record<string, string | number | boolean | null> = {}
    for (const column of table.columns) {
      row[column.name] = column.path.length > 0 ? cell(column, read(value, column.path)) : (parentKey[column.name] ?? null)
    }
    if (table.ownKey[0] === 'index') row.index = index
    if (table.ownKey[0] === 'id') row.id = idOf(value, index)
    // Canonical text: the merge of the same versions, in whatever order they came, is stored as the same bytes.
    if (table.name === 'call_records') row.recordJson = canonicalJson(record)
    if (table.name === 'streams') {
      const classified = quality[streamIndex++]
      row.kind = classified?.kind ?? null
      row.quality = classified?.quality ?? 'unclassified'
    }
    ;(rows[table.name] ??= []).push(row)
    const typeName = table.type.slice(table.type.lastIndexOf('.') + 1)
    const ownKey: Record<string, string | number> = { ...parentKey }
    for (const column of table.ownKey) ownKey[`${typeName}${column[0]!.toUpperCase()}${column.slice(1)}`] = row[column] as string | number
    for (const child of children(table)) {
      const items = value[child.parent!.property]
      if (!Array.isArray(items)) continue
      items.forEach((item, i) => {
        if (item !== null && typeof item === 'object') visit(child, item as Value, i, ownKey)
      })
    }
  }
  visit(root, record as Value, 0, options.parentKey ?? {})
  return rows
}
