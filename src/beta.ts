/**
 * graph-callrecords/beta: the data model of Microsoft Graph call records (`microsoft.graph.callRecords`), beta:
 * schemas, parsers, time rules, version merge and call quality.
 * @packageDocumentation
 */
export * from './schema/beta/index.js'
export * from './parse/index.js'
export * from './parse/beta/parsers.js'
export * from './time/index.js'
export * from './merge/index.js'
export * from './merge/beta.js'
export {
  toJsonSchema,
  toOpenApi,
  type GraphApiVersion,
  type JsonObject,
  type JsonSchemaDialect,
  type JsonSchemaOptions,
  type JsonValue,
  type OpenApiOptions,
  type OpenApiVersion,
} from './emit/beta.js'
export { GraphModelBeta } from './model/beta.js'
export type {
  ApiVersion,
  GraphModel,
  ModelDeprecation,
  ModelEnum,
  ModelFunction,
  ModelPage,
  ModelParameter,
  ModelPath,
  ModelPathKey,
  ModelProperty,
  ModelType,
} from './model/types.js'
export * from './quality/index.js'
export * from './privacy/index.js'
export * from './privacy/beta.js'
export * from './tables/index.js'
// toTables and toSqlDdl of this entry default to beta.
export * from './tables/beta.js'
