/**
 * `toOpenApi`: an OpenAPI 3.0 or 3.1 description of the call records API of one Graph version: its
 * read operations, every schema of the namespace, the `Prefer` preferences and the OAuth 2.0 scheme.
 */
import type { ApiVersion } from '../model/types.js'
import type { JsonObject } from './json.js'
import { PERMISSION, SECURITY_SCHEME, pathsOf, sharedQueryParameters } from './paths.js'
import { namedSchemas } from './registry.js'
import { errorResponses, errorSchemas } from './responses.js'
import { sourcesFor, type VersionSources } from './sources.js'
import { PACKAGE_VERSION } from './version.js'
import { definition, type Target, type WalkContext } from './walk.js'
import { EDM_TYPE, PERSONAL_DATA } from '../schema/keywords.js'

/** The OpenAPI versions `toOpenApi` writes. @public */
export type OpenApiVersion = '3.0.3' | '3.1.0'

/**
 * What `toOpenApi` writes.
 * @public
 */
export interface OpenApiOptions {
  /** The Graph API version: the entry point's own (`graph-callrecords`: v1.0, `graph-callrecords/beta`: beta), the only one it emits. */
  readonly apiVersion?: ApiVersion
  /**
   * `'3.1.0'` (the default): schemas in JSON Schema 2020-12 style, `null` in type arrays.
   * `'3.0.3'`: `nullable: true`, `allOf` around a `$ref` that has annotations, no `const`, and closed
   * types left open (3.0 has no `patternProperties` to allow their OData annotations).
   */
  readonly openapi?: OpenApiVersion
}

const preferDescription = [
  'Preferences (RFC 7240), comma-separated:',
  '`include-unknown-enum-members` sends the members of evolvable enumerations that were added after `unknownFutureValue` as they are, instead of `unknownFutureValue`',
  '(the schemas of this document list only the members known when it was written: a validator then refuses the new ones);',
  '`omit-values=nulls` leaves out the properties whose value is null;',
  '`odata.maxpagesize={n}` asks for pages of at most n items.',
].join(' ')

const components = (schemas: JsonObject): JsonObject => ({
  schemas,
  parameters: {
    Prefer: {
      name: 'Prefer',
      in: 'header',
      description: preferDescription,
      schema: { type: 'string' },
      examples: {
        unknownEnumMembers: { summary: 'New enumeration members as they are', value: 'include-unknown-enum-members' },
        omitNulls: { summary: 'No null properties', value: 'omit-values=nulls' },
        pageSize: { summary: 'Pages of at most 100 items', value: 'odata.maxpagesize=100' },
      },
    },
    ...sharedQueryParameters(),
  },
  responses: errorResponses(),
  securitySchemes: {
    [SECURITY_SCHEME]: {
      type: 'oauth2',
      description: [
        `Microsoft identity platform. Call records need the application permission ${PERMISSION}, granted by an administrator;`,
        'no delegated permission exists, so the token comes from the client credentials flow: POST to',
        'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token with scope https://graph.microsoft.com/.default',
        `(the token then carries ${PERMISSION} in its roles). The token URL below uses "common": replace it with your tenant id or domain.`,
      ].join(' '),
      flows: {
        clientCredentials: {
          tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
          scopes: {
            [PERMISSION]: 'Read all call records (application permission).',
            'https://graph.microsoft.com/.default': 'The application permissions granted to the app; what a token request names.',
          },
        },
      },
    },
  },
})

/**
 * The OpenAPI document of the version the options name, among those `available` (the first when they
 * name none). The entry points give their own version (emit/v1.0.ts, emit/beta.ts).
 */
export const emitOpenApi = (available: readonly VersionSources[], options: OpenApiOptions = {}): JsonObject => {
  const sources = sourcesFor(available, options.apiVersion)
  const apiVersion = sources.model.apiVersion
  const openapi = options.openapi ?? '3.1.0'
  if (openapi !== '3.0.3' && openapi !== '3.1.0') throw new RangeError(`unknown OpenAPI version ${JSON.stringify(openapi)}; expected "3.0.3" or "3.1.0"`)
  const named = namedSchemas(sources)
  const target: Target = openapi === '3.0.3' ? 'openapi-3.0' : 'openapi-3.1'
  const ctx: WalkContext = { target, refPrefix: '#/components/schemas/', definitions: named }
  const schemas: JsonObject = {}
  for (const [name, schema] of named) schemas[name] = definition(schema, ctx)
  Object.assign(schemas, errorSchemas())

  return {
    openapi,
    info: {
      title: `Microsoft Graph call records API (${apiVersion})`,
      version: PACKAGE_VERSION,
      description: [
        `The read operations of the Microsoft Graph call records API (microsoft.graph.callRecords), Graph ${apiVersion}, and every type of the namespace,`,
        "written from Graph's CSDL metadata by the graph-callrecords package (not a document published by Microsoft).",
        'Call records are read-only: Graph has no operation that creates, changes or deletes one, so this document has GET operations only.',
        'Every operation answers 404 when the record does not exist (Graph keeps call records for 30 days) and 429 with `Retry-After` when throttled, with the OData error body.',
        `Extensions: \`${EDM_TYPE}\` names the OData primitive type of a property (Edm.Int64, Edm.DateTimeOffset, Edm.Duration…);`,
        "`x-ms-docs-key-type` names the type whose key a path parameter is, as in Graph's own description;",
        `\`${PERSONAL_DATA}\` marks a property that holds personal data, with its category (identifier, name, contact, network, device, freeText).`,
      ].join(' '),
    },
    externalDocs: {
      description: 'Working with the call records API in Microsoft Graph',
      url: `https://learn.microsoft.com/graph/api/resources/callrecords-api-overview?view=graph-rest-${apiVersion === 'v1.0' ? '1.0' : 'beta'}`,
    },
    servers: [{ url: `https://graph.microsoft.com/${apiVersion}`, description: 'Microsoft Graph, global service' }],
    tags: [{ name: 'callRecords', description: 'Call records: calls and online meetings, their sessions, segments and participants, and the PSTN logs.' }],
    security: [{ [SECURITY_SCHEME]: [PERMISSION] }],
    paths: pathsOf(sources.model),
    components: components(schemas),
  }
}
