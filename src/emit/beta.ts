/**
 * The emitters as `graph-callrecords/beta` exports them: Graph beta's model and schemas, and nothing of
 * v1.0, so that each entry point speaks of its own version.
 */
import { GraphModelBeta } from '../model/beta.js'
import { GraphTypes } from '../schema/beta/index.js'
import type { JsonObject } from './json.js'
import { emitJsonSchema, type JsonSchemaOptions } from './jsonSchema.js'
import { emitOpenApi, type OpenApiOptions } from './openApi.js'
import type { VersionSources } from './sources.js'

export type { JsonSchemaDialect, JsonSchemaOptions } from './jsonSchema.js'
export type { OpenApiOptions, OpenApiVersion } from './openApi.js'
export type { GraphApiVersion, JsonObject, JsonValue } from './json.js'

/** Graph beta, for the emitters. */
export const BETA_SOURCES: VersionSources = { model: GraphModelBeta, types: GraphTypes }

/**
 * One bundled JSON Schema document of every type of Graph beta, as `toJsonSchema` of
 * `graph-callrecords` writes v1.0's.
 * @public
 */
export const toJsonSchema = (options: JsonSchemaOptions = {}): JsonObject => emitJsonSchema([BETA_SOURCES], options)

/**
 * The OpenAPI document of the callRecords operations of Graph beta, as `toOpenApi` of
 * `graph-callrecords` writes v1.0's.
 * @public
 */
export const toOpenApi = (options: OpenApiOptions = {}): JsonObject => emitOpenApi([BETA_SOURCES], options)
