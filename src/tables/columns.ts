/**
 * The columns of a table, derived from Graph's model, never listed by hand. One naming rule: a
 * column is the path of properties from the table's value to a primitive, joined by `_`, each name as
 * Graph spells it (`caller_userAgent_platform`). What each column holds follows from its Graph type.
 */
import type { GraphModel, ModelProperty, ModelType } from '../model/types.js'

/**
 * What a column holds, from the Graph type behind it: text, an enum member (text), the `@odata.type`
 * of a value declared with subtypes (text), a canonical UTC timestamp, a duration in milliseconds, an
 * integer, a number, a boolean, or JSON text (a collection, or a value of a type that declares nothing).
 * @public
 */
export type ColumnKind = 'string' | 'enum' | 'odataType' | 'timestamp' | 'duration' | 'integer' | 'bigint' | 'number' | 'boolean' | 'json'

/** One column of a table. @public */
export interface TableColumn {
  /** The property path joined by `_` (`caller_userAgent_platform`), or a key (`callRecordId`). */
  readonly name: string
  /** The property path from the table's value; empty for a key invented for the table. */
  readonly path: readonly string[]
  /** What it holds. */
  readonly kind: ColumnKind
  /** Whether it may be null: every column but the keys. */
  readonly nullable: boolean
  /** What the column is, for the docs and SQL comments. */
  readonly description: string
}

/** The separator of the naming rule. */
export const COLUMN_SEPARATOR = '_'

/** The column name of the `@odata.type` of a value declared as a type with subtypes. */
export const ODATA_TYPE_COLUMN = 'odataType'

const edmKinds: Readonly<Record<string, ColumnKind>> = {
  'Edm.String': 'string',
  'Edm.Guid': 'string',
  'Edm.Boolean': 'boolean',
  'Edm.Int32': 'integer',
  'Edm.Int64': 'bigint',
  'Edm.Single': 'number',
  'Edm.Double': 'number',
  'Edm.Decimal': 'number',
  'Edm.DateTimeOffset': 'timestamp',
  'Edm.Duration': 'duration',
}

/**
 * The properties a value declared as `type` may carry: its own, then those its subtypes add, in the
 * model's order, each name once (the first declaration wins).
 */
export function propertiesOf(model: GraphModel, type: ModelType): readonly ModelProperty[] {
  const seen = new Set<string>()
  const properties: ModelProperty[] = []
  for (const name of [type.qualifiedName, ...type.derivedTypes]) {
    for (const property of model.types[name]?.properties ?? []) {
      if (seen.has(property.name)) continue
      seen.add(property.name)
      properties.push(property)
    }
  }
  return properties
}

/**
 * The columns of a value of `type`: every primitive reached through single-valued properties becomes
 * a column; a collection, a value of a type that declares no property, or a type met again inside
 * itself becomes one JSON column; the properties named in `skip` (child tables) become none.
 */
export function deriveColumns(model: GraphModel, type: ModelType, skip: ReadonlySet<string>): TableColumn[] {
  const columns: TableColumn[] = []
  const walk = (current: ModelType, path: readonly string[], within: readonly string[]): void => {
    if (path.length > 0 && current.derivedTypes.length > 0) {
      columns.push(column([...path, ODATA_TYPE_COLUMN], [...path, '@odata.type'], 'odataType', `the @odata.type of ${path.join('.')}`))
    }
    for (const property of propertiesOf(model, current)) {
      if (path.length === 0 && skip.has(property.name)) continue
      const at = [...path, property.name]
      const description = `${at.join('.')} (${property.collection ? `Collection(${property.type})` : property.type})`
      const edm = edmKinds[property.type]
      const complex = model.types[property.type]
      if (property.collection) columns.push(column(at, at, 'json', `${description}, as JSON text`))
      else if (edm !== undefined) columns.push(column(at, at, edm, description))
      else if (model.enums[property.type] !== undefined) columns.push(column(at, at, 'enum', description))
      else if (complex === undefined || within.includes(complex.qualifiedName) || propertiesOf(model, complex).length === 0) {
        columns.push(column(at, at, 'json', `${description}, as JSON text`))
      } else walk(complex, at, [...within, complex.qualifiedName])
    }
  }
  walk(type, [], [type.qualifiedName])
  return columns
}

function column(names: readonly string[], path: readonly string[], kind: ColumnKind, description: string): TableColumn {
  return { name: names.join(COLUMN_SEPARATOR), path, kind, nullable: true, description }
}
