/**
 * The tables: which Graph type each holds, where its rows come from, and its keys. The structure is
 * declared here once (a call record nests sessions, segments, media and streams; the logs are flat);
 * the columns come from the model ({@link deriveColumns}). A table whose type a version lacks is absent.
 */
import type { TObject } from '@sinclair/typebox'
import type { GraphModel } from '../model/types.js'
import { deriveColumns, type TableColumn } from './columns.js'
import { rowSchema } from './rowSchema.js'

/** Where a table's rows come from: a record of its own, or a collection property of the parent's value. */
interface TableSpec {
  readonly name: string
  readonly type: string
  /** The parent table and the property of the parent's value that holds this table's values. */
  readonly parent?: { readonly table: string; readonly property: string }
  /** Columns the package adds after the derived ones. */
  readonly extra?: readonly TableColumn[]
}

const NS = 'microsoft.graph.callRecords'

const extra = (name: string, kind: TableColumn['kind'], description: string): TableColumn => ({ name, path: [], kind, nullable: true, description })

const specs: readonly TableSpec[] = [
  {
    name: 'call_records',
    type: `${NS}.callRecord`,
    extra: [extra('recordJson', 'json', 'the whole record as canonical JSON text with sorted keys (the merge of every version exported)')],
  },
  { name: 'sessions', type: `${NS}.session`, parent: { table: 'call_records', property: 'sessions' } },
  { name: 'segments', type: `${NS}.segment`, parent: { table: 'sessions', property: 'segments' } },
  { name: 'media', type: `${NS}.media`, parent: { table: 'segments', property: 'media' } },
  {
    name: 'streams',
    type: `${NS}.mediaStream`,
    parent: { table: 'media', property: 'streams' },
    extra: [
      extra('kind', 'string', 'audio, video or videoBasedScreenSharing, by streamKind; null for a stream of no classified kind'),
      extra('quality', 'string', 'good, poor or unclassified, by classifyStream (Call Quality Dashboard)'),
    ],
  },
  { name: 'participants', type: `${NS}.participant`, parent: { table: 'call_records', property: 'participants_v2' } },
  { name: 'pstn_calls', type: `${NS}.pstnCallLogRow` },
  { name: 'direct_routing_calls', type: `${NS}.directRoutingLogRow` },
  { name: 'sms_messages', type: `${NS}.smsLogRow` },
  { name: 'pstn_blocked_users', type: `${NS}.pstnBlockedUsersLogRow` },
  { name: 'pstn_dialout_reports', type: `${NS}.pstnOnlineMeetingDialoutReport` },
]

/** A table: its name, Graph type, keys, columns and the TypeBox schema of its rows. @public */
export interface TableDefinition {
  /** `streams`. */
  readonly name: string
  /** The qualified name of the Graph type of its values (`microsoft.graph.callRecords.mediaStream`). */
  readonly type: string
  /** The table its rows belong to, and the property of that table's value that nests them. */
  readonly parent?: { readonly table: string; readonly property: string }
  /**
   * The columns of the row's own key: `id` for an entity, `index` (its position in the parent's
   * collection) for a value Graph gives no id; empty for a log without an id.
   */
  readonly ownKey: readonly string[]
  /** The columns that name the parent row (`callRecordId`, `sessionId`, `mediaIndex`…), in nesting order. */
  readonly parentKey: readonly string[]
  /** Parent key then own key: the primary key (empty when the table has none). */
  readonly primaryKey: readonly string[]
  /** Every column: the keys, then the derived columns, then the package's own. */
  readonly columns: readonly TableColumn[]
  /** The TypeBox schema of a row. */
  readonly schema: TObject
}

const layouts = new WeakMap<GraphModel, readonly TableDefinition[]>()

/** `callRecord` → `callRecordId`; `media` → `mediaIndex`. */
const referenceName = (table: TableDefinition, column: string): string => {
  const typeName = table.type.slice(table.type.lastIndexOf('.') + 1)
  return `${typeName}${column[0]!.toUpperCase()}${column.slice(1)}`
}

/**
 * The tables of a Graph version, derived from its model, parents before children. The result is
 * computed once per model.
 * @public
 */
export function tableLayout(model: GraphModel): readonly TableDefinition[] {
  const known = layouts.get(model)
  if (known !== undefined) return known
  const tables: TableDefinition[] = []
  for (const spec of specs) {
    const type = model.types[spec.type]
    if (type === undefined) continue
    const parent = spec.parent === undefined ? undefined : tables.find((table) => table.name === spec.parent!.table)
    if (spec.parent !== undefined && parent === undefined) continue
    const children = new Set(specs.filter((child) => child.parent?.table === spec.name).map((child) => child.parent!.property))
    const hasId = type.properties.some((property) => property.name === 'id')
    const ownKey = type.kind === 'entity' ? ['id'] : parent !== undefined ? ['index'] : hasId ? ['id'] : []
    const parentKey = parent === undefined ? [] : [...parent.parentKey, ...parent.ownKey.map((column) => referenceName(parent, column))]
    const keyColumn = (name: string, kind: TableColumn['kind'], description: string): TableColumn => ({ name, path: [], kind, nullable: false, description })
    const keys: TableColumn[] = [
      ...parentKey.map((name, i) =>
        keyColumn(name, parent!.columns.find((c) => c.name === [...parent!.parentKey, ...parent!.ownKey][i])!.kind, `the key of the parent row`),
      ),
      ...(ownKey[0] === 'index' ? [keyColumn('index', 'integer', `its position in ${spec.parent!.property} of the parent, from 0`)] : []),
    ]
    const derived = deriveColumns(model, type, children).map((column) => (ownKey.includes(column.name) ? { ...column, nullable: false } : column))
    const columns = [...keys, ...derived, ...(spec.extra ?? [])]
    const names = new Set<string>()
    for (const column of columns) {
      if (names.has(column.name)) throw new Error(`table ${spec.name}: two columns are named ${column.name}`)
      names.add(column.name)
    }
    const definition: TableDefinition = {
      name: spec.name,
      type: spec.type,
      ...(spec.parent === undefined ? {} : { parent: spec.parent }),
      ownKey,
      parentKey,
      primaryKey: ownKey.length === 0 ? [] : [...parentKey, ...ownKey],
      columns,
      schema: rowSchema(spec.name, columns),
    }
    tables.push(definition)
  }
  layouts.set(model, tables)
  return tables
}
