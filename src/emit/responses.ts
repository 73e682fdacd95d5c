/**
 * The responses Graph gives on every call records operation, as OpenAPI components: the OData error
 * body, 404 (no such record, or older than the 30 days Graph keeps), 429 with `Retry-After` (Graph
 * throttles call records per tenant), and any other client or server error.
 */
import type { JsonObject } from './json.js'

const ERROR = 'microsoft.graph.ODataErrors.ODataError'
const MAIN_ERROR = 'microsoft.graph.ODataErrors.MainError'
const ERROR_DETAILS = 'microsoft.graph.ODataErrors.ErrorDetails'

const schema = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` })

/** The schemas of the body of a Graph error response (OData JSON error format), by Graph's names. */
export const errorSchemas = (): JsonObject => ({
  [ERROR_DETAILS]: {
    type: 'object',
    description: 'One detail of an error.',
    required: ['code', 'message'],
    properties: { code: { type: 'string' }, message: { type: 'string' }, target: { type: 'string' } },
  },
  [MAIN_ERROR]: {
    type: 'object',
    description: 'What went wrong: a code for programs, a message for people.',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      target: { type: 'string' },
      details: { type: 'array', items: schema(ERROR_DETAILS) },
      innerError: { type: 'object', description: 'Details from the service: request-id, client-request-id, date.', additionalProperties: true },
    },
  },
  [ERROR]: {
    type: 'object',
    description: 'The body of an error response.',
    required: ['error'],
    properties: { error: schema(MAIN_ERROR) },
  },
})

const errorContent = (): JsonObject => ({ 'application/json': { schema: schema(ERROR) } })

/** `components.responses`: the error responses every operation refers to, and the answer of a `$count` path. */
export const errorResponses = (): JsonObject => ({
  notFound: {
    description: 'No such call record (Graph keeps them for 30 days), session or segment: the OData error body, code `NotFound`.',
    content: errorContent(),
  },
  tooManyRequests: {
    description: 'Throttled: wait the number of seconds `Retry-After` gives, then send the request again.',
    headers: {
      'Retry-After': {
        description: 'The number of seconds to wait before the next request.',
        schema: { type: 'integer', minimum: 0 },
      },
    },
    content: errorContent(),
  },
  error: {
    description: 'An error, in the OData JSON error format.',
    content: errorContent(),
  },
  count: {
    description: 'The number of items (of those that `$filter` and `$search` keep), as plain text.',
    content: { 'text/plain': { schema: { type: 'integer', format: 'int32', minimum: 0 } } },
  },
})

const responseRef = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` })

/** The responses of one operation: `ok` for 200, and the error responses Graph gives on every operation. */
export const responsesOf = (ok: JsonObject): JsonObject => ({
  '200': ok,
  '404': responseRef('notFound'),
  '429': responseRef('tooManyRequests'),
  '4XX': responseRef('error'),
  '5XX': responseRef('error'),
})
