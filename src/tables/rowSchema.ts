/**
 * The TypeBox schema of a table's row, from the same columns the rows are built from: one property
 * per column, always present, null when the record has no value (except the keys).
 */
import {
  Boolean as _Boolean,
  Integer,
  Null,
  Number as _Number,
  Object as _Object,
  String as _String,
  Union,
  type TObject,
  type TSchema,
} from '@sinclair/typebox'
import { TimestampPattern } from '../schema/edm.js'
import type { ColumnKind, TableColumn } from './columns.js'

const valueSchema = (kind: ColumnKind, description: string): TSchema => {
  switch (kind) {
    case 'timestamp':
      return _String({ pattern: TimestampPattern, description })
    case 'integer':
    case 'bigint':
      return Integer({ description })
    case 'number':
    case 'duration':
      return _Number({ description })
    case 'boolean':
      return _Boolean({ description })
    default:
      return _String({ description })
  }
}

/** The schema of a row of `table` with these columns. */
export function rowSchema(table: string, columns: readonly TableColumn[]): TObject {
  const properties: Record<string, TSchema> = {}
  for (const column of columns) {
    const value = valueSchema(column.kind, column.description)
    properties[column.name] = column.nullable ? Union([value, Null()], { description: column.description }) : value
  }
  return _Object(properties, { title: `${table} row`, additionalProperties: false })
}
