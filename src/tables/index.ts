/** Analytics tables: call records flattened into rows, their row schemas, and SQL DDL. */
export type { ColumnKind, TableColumn } from './columns.js'
export { tableLayout, type TableDefinition } from './layout.js'
export type { SqlDialect } from './ddl.js'
export type { TableRow, TableRows, ToTablesOptions } from './toTables.js'
export { flattenRecord } from './toTables.js'
