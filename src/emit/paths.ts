/**
 * The read operations of the call records API as OpenAPI path items: get and list call records, list
 * a record's sessions and participants, and the bound functions of the CSDL (getPstnCalls,
 * getDirectRoutingCalls; in beta also getSmsLog, getPstnBlockedUsersLog and
 * getPstnOnlineMeetingDialoutReport), each answering with its page schema.
 */
import type { TSchema } from '@sinclair/typebox'
import type { GraphApiVersion, JsonObject } from './json.js'
import { responsesOf } from './responses.js'

const NS = 'microsoft.graph.callRecords'

/** The name of the OAuth 2.0 security scheme in `components.securitySchemes`. */
export const SECURITY_SCHEME = 'microsoftIdentityPlatform'
/** The application permission every call records operation requires. */
export const PERMISSION = 'CallRecords.Read.All'

/** A function bound to the callRecord collection, as the CSDL declares it. */
export interface BoundFunction {
  /** The function's name, such as `getPstnCalls`. */
  readonly name: string
  /** The qualified name of the row type it returns a collection of. */
  readonly returns: string
  /** What it returns, in a sentence. */
  readonly summary: string
}

const v1Functions: readonly BoundFunction[] = [
  { name: 'getDirectRoutingCalls', returns: `${NS}.directRoutingLogRow`, summary: 'A log of the Direct Routing calls in a time range.' },
  { name: 'getPstnCalls', returns: `${NS}.pstnCallLogRow`, summary: 'A log of the PSTN (Calling Plan) calls in a time range.' },
]

/** The bound functions of each version, by name; test/emit compares them with the CSDL. */
export const boundFunctions: Readonly<Record<GraphApiVersion, readonly BoundFunction[]>> = {
  'v1.0': v1Functions,
  beta: [
    ...v1Functions,
    { name: 'getPstnBlockedUsersLog', returns: `${NS}.pstnBlockedUsersLogRow`, summary: 'A log of the users blocked from PSTN calling in a time range.' },
    {
      name: 'getPstnOnlineMeetingDialoutReport',
      returns: `${NS}.pstnOnlineMeetingDialoutReport`,
      summary: 'Aggregated usage and cost of the PSTN dial-out from online meetings in a time range.',
    },
    { name: 'getSmsLog', returns: `${NS}.smsLogRow`, summary: 'A log of the SMS sent and received in a time range.' },
  ].sort((a, b) => (a.name < b.name ? -1 : 1)),
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
  responses: responsesOf(response),
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
  for (const fn of boundFunctions[v]) {
    paths[`/communications/callRecords/${NS}.${fn.name}(fromDateTime={fromDateTime},toDateTime={toDateTime})`] = {
      get: operation(
        {
          operationId: `callRecords.${fn.name}`,
          summary: `callRecord: ${fn.name}`,
          description: `${fn.summary} At most 90 days between fromDateTime and toDateTime; Graph also accepts the unqualified name (\`/communications/callRecords/${fn.name}(…)\`).`,
          externalDocs: docs(`callrecords-callrecord-${fn.name.toLowerCase()}`, v),
        },
        [
          timeParameter('fromDateTime', 'Start of the time range, UTC, inclusive (the time of the start of the call).', '2024-01-01T00:00:00Z'),
          timeParameter('toDateTime', 'End of the time range, UTC, inclusive.', '2024-01-31T00:00:00Z'),
        ],
        ok('A page of rows; follow `@odata.nextLink` for the next one.', schemaRef(`${fn.returns}CollectionResponse`, ctx)),
      ),
    }
  }
  return paths
}
