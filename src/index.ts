/**
 * graph-callrecords: the data model of Microsoft Graph call records (`microsoft.graph.callRecords`), v1.0:
 * schemas, parsers, time rules, version merge and call quality.
 * @packageDocumentation
 */
export * from './schema/v1.0/index.js'
export * from './parse/index.js'
export * from './parse/v1.0/parsers.js'
export * from './time/index.js'
export * from './merge/index.js'
export * from './merge/v1.0.js'
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
} from './emit/v1.0.js'
export { GraphModelV1 } from './model/v1.0.js'
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
export * from './privacy/v1.0.js'
export * from './tables/index.js'
export * from './tables/v1.0.js'
