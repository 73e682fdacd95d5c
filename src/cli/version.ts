/**
 * The Graph API version an input names: Graph's `@odata.context` URLs start with the version
 * (`https://graph.microsoft.com/beta/$metadata#…`). When the user does not choose one with
 * `--api-version`, an input is read with the version its first `@odata.context` names.
 */
import { API_VERSIONS, type ApiVersion } from './registry.js'

/** The version segment of a context URL: the path segment just before `$metadata`. */
const CONTEXT_VERSION = /^[^#]*\/([^/#]+)\/\$metadata(?:#|$)/

/** The version an `@odata.context` URL names, when it is one the command reads. */
export const apiVersionOfContext = (context: unknown): ApiVersion | undefined => {
  if (typeof context !== 'string') return undefined
  const segment = CONTEXT_VERSION.exec(context)?.[1]
  return API_VERSIONS.find((version) => version === segment)
}

/** The first `"@odata.context": "…"` of a piece of JSON text, read before the JSON is parsed. */
const FIRST_CONTEXT = /"@odata\.context"\s*:\s*"([^"\\]{0,2000})"/

/** The version the first `@odata.context` of `head` (the start of an input) names. */
export const apiVersionInText = (head: string): ApiVersion | undefined => apiVersionOfContext(FIRST_CONTEXT.exec(head)?.[1])
