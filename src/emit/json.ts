/**
 * The JSON values the emitters produce: plain data, no symbols, no functions, ready for
 * `JSON.stringify`.
 */
import type { ApiVersion } from '../model/types.js'

/** A JSON value: what an emitted document is made of. @public */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject

/** A JSON object: an emitted document, or a schema inside one. @public */
export interface JsonObject {
  /** A member of the object. */
  [key: string]: JsonValue
}

/**
 * The Microsoft Graph API versions the package models.
 * @deprecated Use {@link ApiVersion}, the same type under the name the rest of the package uses.
 * @public
 */
export type GraphApiVersion = ApiVersion
