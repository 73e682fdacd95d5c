/**
 * The read operations of the call records API as OpenAPI path items: one `GET` for every read path of
 * the model of the version (the paths Graph's own OpenAPI description has: the call records, their
 * `$count`, one record, its sessions, segments, participants and organizer, and the bound functions),
 * with the query options Graph declares for each kind of path.
 */
import type { GraphModel, ModelPath, ModelProperty, ModelType } from '../model/types.js'
import type { JsonObject } from './json.js'
import { responsesOf } from './responses.js'

/** The name of the OAuth 2.0 security scheme in `components.securitySchemes`. */
export const SECURITY_SCHEME = 'microsoftIdentityPlatform'
/** The application permission every call records operation requires. */
export const PERMISSION = 'CallRecords.Read.All'

/**
 * The query options Graph declares for each kind of path, in the order of Graph's description. The
 * shared ones are components (`#/components/parameters/top`); `$select`, `$orderby` and `$expand` list
 * the members of the type they apply to, so each path has its own.
 */
const queryOptions: Readonly<Record<ModelPath['kind'], readonly string[]>> = {
  collection: ['$top', '$skip', '$search', '$filter', '$count', '$orderby', '$select', '$expand'],
  entity: ['$select', '$expand'],
  count: ['$search', '$filter'],
  function: ['$top', '$skip', '$search', '$filter', '$count'],
}

/** The query options that are the same on every path, as `components.parameters`, named without `$`. */
export const sharedQueryParameters = (): JsonObject => ({
  top: {
    name: '$top',
    in: 'query',
    description: 'Show only the first n items.',
    style: 'form',
    explode: false,
    schema: { type: 'integer', minimum: 0 },
    example: 50,
  },
  skip: { name: '$skip', in: 'query', description: 'Skip the first n items.', style: 'form', explode: false, schema: { type: 'integer', minimum: 0 } },
  search: { name: '$search', in: 'query', description: 'Search items by search phrases.', style: 'form', explode: false, schema: { type: 'string' } },
  filter: { name: '$filter', in: 'query', description: 'Filter items by property values.', style: 'form', explode: false, schema: { type: 'string' } },
  count: {
    name: '$count',
    in: 'query',
    description: 'Include the count of items (`@odata.count`).',
    style: 'form',
    explode: false,
    schema: { type: 'boolean' },
  },
})

/** What Microsoft's documentation says of the paths it has a page for, by path. */
const documented: Readonly<Record<string, { readonly page: string; readonly description: string }>> = {
  '/communications/callRecords': {
    page: 'callrecords-cloudcommunications-list-callrecords',
    description:
      'The call records of the last 30 days. `$filter` supports startDateTime (lt, le, gt, ge) and participants_v2/id (eq); the listed records do not include sessions and participants_v2, which `GET /communications/callRecords/{callRecord-id}` expands. Follow `@odata.nextLink` for the next page.',
  },
  '/communications/callRecords/{callRecord-id}': {
    page: 'callrecords-callrecord-get',
    description: 'One call record. `$expand=sessions($expand=segments)` includes its sessions and their segments; organizer_v2 is expanded by default.',
  },
  '/communications/callRecords/{callRecord-id}/sessions': {
    page: 'callrecords-callrecord-list-sessions',
    description: 'The sessions of a call record. `$expand=segments` includes their segments. Follow `@odata.nextLink` for the next page.',
  },
  '/communications/callRecords/{callRecord-id}/participants_v2': {
    page: 'callrecords-callrecord-list-participants_v2',
    description: 'The distinct participants of a call record. Follow `@odata.nextLink` for the next page.',
  },
}

const docs = (page: string, model: GraphModel): JsonObject => ({
  description: 'Microsoft Graph documentation',
  url: `https://learn.microsoft.com/graph/api/${page}?view=graph-rest-${model.apiVersion === 'v1.0' ? '1.0' : 'beta'}`,
})

const schemaRef = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` })

const typeOf = (name: string, model: GraphModel): ModelType => {
  const type = model.types[name]
  if (type === undefined) throw new Error(`no type named ${name} in the model of Graph ${model.apiVersion}`)
  return type
}

/** A query option whose values are a closed set: comma-separated members of `values`, as Graph declares them. */
const closedSet = (name: string, description: string, values: readonly string[]): JsonObject => ({
  name,
  in: 'query',
  description,
  style: 'form',
  explode: false,
  schema: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...values] } },
})

/** The navigation properties of a type, and each with one navigation of its target expanded inside it. */
const expansions = (properties: readonly ModelProperty[], model: GraphModel): string[] =>
  properties
    .filter((p) => p.navigation)
    .flatMap((p) => [
      p.name,
      ...typeOf(p.type, model)
        .properties.filter((q) => q.navigation)
        .map((q) => `${p.name}($expand=${q.name})`),
    ])

/** The query parameters of `path`: shared ones by reference, the closed sets from the properties of its type. */
const queryParameters = (path: ModelPath, model: GraphModel): JsonObject[] => {
  const options = path.kind === 'function' && path.page === undefined ? [] : queryOptions[path.kind]
  // Only the paths that answer with items of a type select, order and expand their members.
  const properties = path.kind === 'collection' || path.kind === 'entity' ? typeOf(path.type, model).properties : []
  const structural = properties.filter((p) => !p.navigation).map((p) => p.name)
  return options.map((option) => {
    switch (option) {
      case '$select':
        return closedSet(
          '$select',
          'The properties to return.',
          properties.map((p) => p.name),
        )
      case '$orderby':
        return closedSet(
          '$orderby',
          'Order items by property values.',
          structural.flatMap((p) => [p, `${p} desc`]),
        )
      case '$expand':
        return closedSet('$expand', 'The relationships to include, and one level inside them (`sessions($expand=segments)`).', [
          '*',
          ...expansions(properties, model),
        ])
      default:
        return { $ref: `#/components/parameters/${option.slice(1)}` }
    }
  })
}

/** The Edm types of function parameters, as OpenAPI schemas. */
const parameterSchema = (type: string): JsonObject => (type === 'Edm.DateTimeOffset' ? { type: 'string', format: 'date-time' } : { type: 'string' })

/** The path parameters: the keys of the entities on the way, and a function's parameters. */
const pathParameters = (path: ModelPath, model: GraphModel): JsonObject[] => {
  const keys = path.keys.map((key) => {
    const name = typeOf(key.type, model).name
    return {
      name: key.name,
      in: 'path',
      required: true,
      description: `The ${key.property} of the ${name}.`,
      schema: { type: 'string' },
      'x-ms-docs-key-type': name,
    }
  })
  if (path.function === undefined) return keys
  const fn = model.functions.find((f) => f.qualifiedName === path.function)
  if (fn === undefined) throw new Error(`no function named ${path.function} in the model of Graph ${model.apiVersion}`)
  return [
    ...keys,
    ...fn.parameters.map((p) => ({ name: p.name, in: 'path', required: true, description: `${p.name} (${p.type}), UTC.`, schema: parameterSchema(p.type) })),
  ]
}

/** The 200 response of `path`: the page, the entity or the count. */
const okResponse = (path: ModelPath, model: GraphModel): JsonObject => {
  if (path.kind === 'count') return { $ref: '#/components/responses/count' }
  if (path.kind === 'entity') return { description: `The ${typeOf(path.type, model).name}.`, content: { 'application/json': { schema: schemaRef(path.type) } } }
  if (path.page === undefined) throw new Error(`${path.path} returns a collection of ${path.type}, which has no page in the model`)
  return { description: 'A page of items; follow `@odata.nextLink` for the next one.', content: { 'application/json': { schema: schemaRef(path.page) } } }
}

const last = (path: ModelPath): string => path.navigation[path.navigation.length - 1] ?? path.path

/** operationId, summary, description and documentation of `path`: unique by navigation and kind. */
const describe = (path: ModelPath, model: GraphModel): JsonObject => {
  const nav = path.navigation.join('.')
  const fn = path.function?.slice(path.function.lastIndexOf('.') + 1)
  const fields: JsonObject =
    fn !== undefined
      ? {
          operationId: `${nav}.${fn}`,
          summary: `Call ${fn}`,
          description: `The ${typeOf(path.type, model).name} rows of a time range of at most 90 days. Graph also accepts the unqualified name (\`${fn}(…)\`). Follow \`@odata.nextLink\` for the next page.`,
          externalDocs: docs(`callrecords-callrecord-${fn.toLowerCase()}`, model),
        }
      : path.kind === 'collection'
        ? { operationId: `${nav}.list`, summary: `List ${last(path)}` }
        : path.kind === 'count'
          ? { operationId: `${nav}.count`, summary: `Count ${last(path)}` }
          : { operationId: `${nav}.get`, summary: `Get ${typeOf(path.type, model).name}` }
  const doc = documented[path.path]
  return doc === undefined ? fields : { ...fields, description: doc.description, externalDocs: docs(doc.page, model) }
}

/** The `paths` of the OpenAPI document of the model's version. */
export const pathsOf = (model: GraphModel): JsonObject => {
  const paths: JsonObject = {}
  for (const path of model.paths) {
    const parameters = pathParameters(path, model)
    paths[path.path] = {
      ...(parameters.length > 0 ? { parameters } : {}),
      get: {
        tags: ['callRecords'],
        ...describe(path, model),
        parameters: [...queryParameters(path, model), { $ref: '#/components/parameters/Prefer' }],
        responses: responsesOf(okResponse(path, model)),
        security: [{ [SECURITY_SCHEME]: [PERMISSION] }],
      },
    }
  }
  for (const path of Object.keys(documented)) if (paths[path] === undefined) throw new Error(`the model of Graph ${model.apiVersion} has no path ${path}`)
  return paths
}
