/**
 * The emitters as `graph-callrecords` exports them: Graph v1.0's model and schemas, and nothing of beta.
 */
import { GraphModelV1 } from '../model/v1.0.js'
import { GraphTypes } from '../schema/v1.0/index.js'
import type { JsonObject } from './json.js'
import { emitJsonSchema, type JsonSchemaOptions } from './jsonSchema.js'
import { emitOpenApi, type OpenApiOptions } from './openApi.js'
import type { VersionSources } from './sources.js'

export type { JsonSchemaDialect, JsonSchemaOptions } from './jsonSchema.js'
export type { OpenApiOptions, OpenApiVersion } from './openApi.js'
export type { GraphApiVersion, JsonObject, JsonValue } from './json.js'

/** Graph v1.0, for the emitters. */
export const V1_SOURCES: VersionSources = { model: GraphModelV1, types: GraphTypes }

/**
 * Writes every type, enumeration, page and change notification of Graph v1.0 as a JSON Schema
 * document: the definitions are keyed by qualified Graph name (such as
 * `microsoft.graph.callRecords.session`) and refer to each other with `$ref`. The document compiles in
 * Ajv's strict mode (with ajv-formats for `date-time`). Beta is written by `graph-callrecords/beta`.
 *
 * What it checks is what the package's parsers check in strict mode, except the rules that JSON
 * Schema cannot express (docs/json-schema-and-openapi.md lists them): whether a date exists in the
 * calendar is left to the `date-time` format, and the parsers' lenient mode and normalization have no
 * JSON Schema equivalent.
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020.js'
 * import addFormats from 'ajv-formats'
 * // The documents mark personal data with `x-personal-data`: strict mode must be told the keyword.
 * const ajv = addFormats(new Ajv2020({ strict: true, keywords: [PERSONAL_DATA] }))
 * const isCallRecord = ajv.compile(toJsonSchema({ root: 'microsoft.graph.callRecords.callRecord' }))
 * ```
 * @public
 */
export const toJsonSchema = (options: JsonSchemaOptions = {}): JsonObject => emitJsonSchema([V1_SOURCES], options)

/**
 * The OpenAPI document of the callRecords operations of Graph v1.0: the read paths and bound
 * functions of the model, every schema under `components.schemas` (keyed by qualified Graph name), the
 * Graph error response, the `Prefer` header, and the OAuth 2.0 scheme with the permission
 * `CallRecords.Read.All` on every operation. Beta is written by `graph-callrecords/beta`.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('openapi.json', JSON.stringify(toOpenApi({ openapi: '3.0.3' }), null, 2))
 * ```
 * @public
 */
export const toOpenApi = (options: OpenApiOptions = {}): JsonObject => emitOpenApi([V1_SOURCES], options)
