/**
 * Emitters: the schemas of the package as JSON Schema and OpenAPI documents that other tools read.
 */
export { toJsonSchema, type JsonSchemaDialect, type JsonSchemaOptions } from './jsonSchema.js'
export { toOpenApi, type OpenApiOptions, type OpenApiVersion } from './openApi.js'
export type { GraphApiVersion, JsonObject, JsonValue } from './json.js'
