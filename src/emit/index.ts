/**
 * Emitters over both API versions, for the command line and the scripts that write schemas/: the
 * entry points export only their own version's (emit/v1.0.ts, emit/beta.ts).
 */
import { BETA_SOURCES } from './beta.js'
import type { JsonObject } from './json.js'
import { emitJsonSchema, type JsonSchemaOptions } from './jsonSchema.js'
import { emitOpenApi, type OpenApiOptions } from './openApi.js'
import { V1_SOURCES } from './v1.0.js'

export type { JsonSchemaDialect, JsonSchemaOptions } from './jsonSchema.js'
export type { OpenApiOptions, OpenApiVersion } from './openApi.js'
export type { GraphApiVersion, JsonObject, JsonValue } from './json.js'
export { BETA_SOURCES, V1_SOURCES }

const BOTH = [V1_SOURCES, BETA_SOURCES]

/** The JSON Schema document of `options.apiVersion` (default v1.0). */
export const toJsonSchema = (options: JsonSchemaOptions = {}): JsonObject => emitJsonSchema(BOTH, options)

/** The OpenAPI document of `options.apiVersion` (default v1.0). */
export const toOpenApi = (options: OpenApiOptions = {}): JsonObject => emitOpenApi(BOTH, options)
