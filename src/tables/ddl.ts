/**
 * SQL `CREATE TABLE` statements for the tables, from the same layout the rows are built from, with
 * primary keys and foreign keys to the parent table.
 */
import type { GraphModel } from '../model/types.js'
import type { ColumnKind } from './columns.js'
import { tableLayout } from './layout.js'

/** The SQL dialects {@link toSqlDdl} writes. @public */
export type SqlDialect = 'duckdb' | 'postgres'

const sqlTypes: Readonly<Record<SqlDialect, Readonly<Record<ColumnKind, string>>>> = {
  duckdb: {
    string: 'VARCHAR',
    enum: 'VARCHAR',
    odataType: 'VARCHAR',
    timestamp: 'TIMESTAMPTZ',
    duration: 'DOUBLE',
    integer: 'INTEGER',
    bigint: 'BIGINT',
    number: 'DOUBLE',
    boolean: 'BOOLEAN',
    json: 'JSON',
  },
  postgres: {
    string: 'text',
    enum: 'text',
    odataType: 'text',
    timestamp: 'timestamptz',
    duration: 'double precision',
    integer: 'integer',
    bigint: 'bigint',
    number: 'double precision',
    boolean: 'boolean',
    json: 'jsonb',
  },
}

/** A quoted SQL identifier: the column names keep Graph's camel case, which SQL folds unless quoted. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** The SQL type of a column kind in a dialect. */
export const sqlType = (dialect: SqlDialect, kind: ColumnKind): string => sqlTypes[dialect][kind]

/** How {@link createTablesSql} writes. */
export interface CreateTablesOptions {
  /** `CREATE TABLE IF NOT EXISTS`. */
  readonly ifNotExists?: boolean | undefined
  /**
   * Foreign keys to the parent table (the default). `export` leaves them out of its DuckDB database:
   * DuckDB refuses to delete a parent row and its children in one transaction (its documented foreign
   * key limitation), which replacing a call's rows needs; the keys are checked by the tests instead.
   */
  readonly foreignKeys?: boolean | undefined
}

/**
 * The `CREATE TABLE` statements of every table, parents first, each ending with `;` and a newline.
 * Throws a `TypeError` for an unknown dialect.
 * @public
 */
export function createTablesSql(model: GraphModel, dialect: SqlDialect, options: CreateTablesOptions = {}): string {
  const { ifNotExists = false, foreignKeys = true } = options
  if (sqlTypes[dialect] === undefined) throw new TypeError(`unknown SQL dialect ${JSON.stringify(dialect)}: expected duckdb or postgres`)
  const tables = tableLayout(model)
  const statements = tables.map((table) => {
    const lines = table.columns.map((column) => `  ${quoteIdentifier(column.name)} ${sqlType(dialect, column.kind)}${column.nullable ? '' : ' NOT NULL'}`)
    if (table.primaryKey.length > 0) lines.push(`  PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})`)
    const parent = tables.find((candidate) => candidate.name === table.parent?.table)
    if (parent !== undefined && foreignKeys) {
      lines.push(
        `  FOREIGN KEY (${table.parentKey.map(quoteIdentifier).join(', ')}) REFERENCES ${quoteIdentifier(parent.name)} (${parent.primaryKey.map(quoteIdentifier).join(', ')})`,
      )
    }
    return `CREATE TABLE ${ifNotExists ? 'IF NOT EXISTS ' : ''}${quoteIdentifier(table.name)} (\n${lines.join(',\n')}\n);\n`
  })
  return statements.join('\n')
}
