/**
 * The read operations of the call records API as OpenAPI path items: get and list call records, list
 * a record's sessions and participants, and the bound functions of the version's model (read from the
 * CSDL), each answering with its page schema.
 */
import type { TSchema } from '@sinclair/typebox'
import type { GraphModel } from '../model/types.js'
import type { GraphApiVersion, JsonObject } from './json.js'

const NS = 'microsoft.graph.callRecords'

/** The name of the OAuth 2.0 security scheme in `components.securitySchemes`. */
export const SECURITY_SCHEME = 'microsoftIdentityPlatform'
/** The application permission every call records operation requires. */
export const PERMISSION = 'CallRecords.Read.All'

/**
 * What each bound function returns, in a sentence: documentation the CSDL does not carry. A function
 * the CSDL adds later gets a neutral sentence from its return type.
 */
const functionSummaries: Readonly<Record<string, string>> = {
  getDirectRoutingCalls: 'A log of the Direct Routing calls in a time range.',
  getPstnBlockedUsersLog: 'A log of the users blocked from PSTN calling in a time range.',
  getPstnCalls: 'A log of the PSTN (Calling Plan) calls in a time range.',
  getPstnOnlineMeetingDialoutReport: 'Aggregated usage and cost of the PSTN dial-out from online meetings in a time range.',
  getSmsLog: 'A log of the SMS sent and received in a time range.',
}

/** What each function parameter means, for its description and example: documentation the CSDL does not carry. */
const parameterDocs: Readonly<Record<string, { readonly description: string; readonly example: string }>> = {
  fromDateTime: { description: 'Start of the time range, UTC, inclusive (the time of the start of the call).', example: '2024-01-01T00:00:00Z' },
  toDateTime: { description: 'End of the time range, UTC, inclusive.', example: '2024-01-31T00:00:00Z' },
}

const docs = (page: string, version: GraphApiVersion): JsonObject => ({
  description: 'Microsoft Graph documentation',
  url: `https://learn.microsoft.com/graph/api/${page}?view=graph-rest-${version === 'v1.0' ? '1.0' : 'beta'}`,
})

/** What the path builder needs from the document around it. */
export interface PathContext {
  readonly apiVersion: GraphApiVersion
  /** The named schemas of the version, to check names and list properties for `$select`. */
  readonly schemas: ReadonlyMap<string, TSchema>
  /** The model of the version: its bound functions and their paths. */
  readonly model: GraphModel
}

const schemaRef = (name: string, ctx: PathContext): JsonObject => {
  if (!ctx.schemas.has(name)) throw new Error(`no schema named ${name} in Graph ${ctx.apiVersion}`)
  return { $ref: `#/components/schemas/${name}` }
}

const parameterRef = (name: string): JsonObject => ({ $ref: `#/components/parameters/${name}` })

/** `$select` of the properties of `type` (those without `@`, which are not selectable). */
const select = (type: string, ctx: PathContext): JsonObject => {
  const properties = Object.keys((ctx.schemas.get(type) as TSchema & { properties: Record<string, unknown> }).properties)
  return {
    name: '$select',
    in: 'query',
    description: 'The properties to return, comma-separated.',
    style: 'form',
    explode: false,
    schema: { type: 'array', uniqueItems: true, items: { type: 'string', enum: properties.filter((p) => !p.includes('@')) } },
  }
}

const expand = (description: string, example: string): JsonObject => ({
  name: '$expand',
  in: 'query',
  description,
  schema: { type: 'string' },
  example,
})

const ok = (description: string, schema: JsonObject): JsonObject => ({
  description,
  content: { 'application/json': { schema } },
})

const operation = (fields: JsonObject, parameters: JsonObject[], response: JsonObject): JsonObject => ({
  tags: ['callRecords'],
  ...fields,
  parameters: [...parameters, parameterRef('Prefer')],
  responses: { '200': response, '4XX': { $ref: '#/components/responses/error' }, '5XX': { $ref: '#/components/responses/error' } },
  security: [{ [SECURITY_SCHEME]: [PERMISSION] }],
})

const idParameter: JsonObject = {
  name: 'callRecord-id',
  in: 'path',
  required: true,
  description: 'The id of the call record.',
  schema: { type: 'string' },
}

const timeParameter = (name: string, description: string, example: string): JsonObject => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'date-time' },
  example,
})

/** The `paths` of the OpenAPI document of one version. */
export const pathsOf = (ctx: PathContext): JsonObject => {
  const v = ctx.apiVersion
  const callRecord = `${NS}.callRecord`
  const paths: JsonObject = {
    '/communications/callRecords': {
      get: operation(
        {
          operationId: 'callRecords.listCallRecords',
          summary: 'List callRecords',
          description:
            'The call records of the last 30 days. `$filter` supports startDateTime (lt, le, gt, ge) and participants_v2/id (eq); the listed records do not include sessions and participants_v2, which `GET /communications/callRecords/{callRecord-id}` expands.',
          externalDocs: docs('callrecords-cloudcommunications-list-callrecords', v),
        },
        [
          {
            name: '$filter',
            in: 'query',
            description: 'An OData filter on startDateTime or participants_v2/id.',
            schema: { type: 'string' },
            example: 'startDateTime ge 2024-01-01T00:00:00Z',
          },
          select(callRecord, ctx),
          parameterRef('top'),
          parameterRef('skiptoken'),
        ],
        ok('A page of call records; follow `@odata.nextLink` for the next one.', schemaRef(`${callRecord}CollectionResponse`, ctx)),
      ),
    },
    '/communications/callRecords/{callRecord-id}': {
      parameters: [idParameter],
      get: operation(
        {
          operationId: 'callRecords.getCallRecord',
          summary: 'Get callRecord',
          description: 'One call record. `$expand=sessions($expand=segments)` includes its sessions and their segments; organizer_v2 is expanded by default.',
          externalDocs: docs('callrecords-callrecord-get', v),
        },
        [
          select(callRecord, ctx),
          expand('Relationships to include: organizer_v2, participants_v2, sessions (with `$expand=segments` inside).', 'sessions($expand=segments)'),
        ],
        ok('The call record.', schemaRef(callRecord, ctx)),
      ),
    },
    '/communications/callRecords/{callRecord-id}/sessions': {
      parameters: [idParameter],
      get: operation(
        {
          operationId: 'callRecords.listSessions',
          summary: 'List sessions',
          description: 'The sessions of a call record. `$expand=segments` includes their segments.',
          externalDocs: docs('callrecords-callrecord-list-sessions', v),
        },
        [select(`${NS}.session`, ctx), expand('Relationships to include: segments.', 'segments'), parameterRef('top'), parameterRef('skiptoken')],
        ok('A page of sessions; follow `@odata.nextLink` for the next one.', schemaRef(`${NS}.sessionCollectionResponse`, ctx)),
      ),
    },
    '/communications/callRecords/{callRecord-id}/participants_v2': {
      parameters: [idParameter],
      get: operation(
        {
          operationId: 'callRecords.listParticipants_v2',
          summary: 'List participants_v2',
          description: 'The distinct participants of a call record.',
          externalDocs: docs('callrecords-callrecord-list-participants_v2', v),
        },
        [select(`${NS}.participant`, ctx), parameterRef('top'), parameterRef('skiptoken')],
        ok('A page of participants; follow `@odata.nextLink` for the next one.', schemaRef(`${NS}.participantCollectionResponse`, ctx)),
      ),
    },
  }
  for (const fn of ctx.model.functions) {
    const path = ctx.model.paths.find((p) => p.function === fn.qualifiedName && p.keys.length === 0)
    if (path?.page === undefined) continue
    const summary = functionSummaries[fn.name] ?? `The ${fn.returnType.slice(fn.returnType.lastIndexOf('.') + 1)} values of ${fn.name}.`
    paths[path.path] = {
      get: operation(
        {
          operationId: `callRecords.${fn.name}`,
          summary: `callRecord: ${fn.name}`,
          description: `${summary} At most 90 days between fromDateTime and toDateTime; Graph also accepts the unqualified name (\`/communications/callRecords/${fn.name}(…)\`).`,
          externalDocs: docs(`callrecords-callrecord-${fn.name.toLowerCase()}`, v),
        },
        fn.parameters.map((p) => timeParameter(p.name, parameterDocs[p.name]?.description ?? `The ${p.name} parameter of ${fn.name}.`, parameterDocs[p.name]?.example ?? '')),
        ok('A page of rows; follow `@odata.nextLink` for the next one.', schemaRef(path.page, ctx)),
      ),
    }
  }
  return paths
}
