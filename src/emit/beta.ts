/**
 * The emitters as `graph-callrecords/beta` exports them: the same functions, with beta as the API
 * version when the options name none, so that each entry point speaks of its own version.
 */
import type { JsonObject } from './json.js'
import { toJsonSchema as emitJsonSchema, type JsonSchemaOptions } from './jsonSchema.js'
import { toOpenApi as emitOpenApi, type OpenApiOptions } from './openApi.js'

/**
 * One bundled JSON Schema document of every type of Graph beta (or `options.apiVersion`).
 * @public
 */
export const toJsonSchema = (options: JsonSchemaOptions = {}): JsonObject => emitJsonSchema({ apiVersion: 'beta', ...options })

/**
 * The OpenAPI document of the callRecords operations of Graph beta (or `options.apiVersion`).
 * @public
 */
export const toOpenApi = (options: OpenApiOptions = {}): JsonObject => emitOpenApi({ apiVersion: 'beta', ...options })
