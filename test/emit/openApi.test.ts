import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { readCsdlXml } from '../schema/csdlXml.js'
import { toOpenApi, type JsonObject, type JsonValue } from '../../src/emit/index.js'
import { escapeJsonPointer, unescapeJsonPointer } from '../../src/parse/jsonPointer.js'
import { EDM_TYPE, PERSONAL_DATA } from '../../src/schema/keywords.js'

const root = join(import.meta.dirname, '../..')
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
const versions = ['v1.0', 'beta'] as const
const openapis = ['3.0.3', '3.1.0'] as const
const cases = versions.flatMap((apiVersion) => openapis.map((openapi) => ({ apiVersion, openapi })))
const CR = 'microsoft.graph.callRecords'

/** Every object of a document, with its JSON Pointer. */
const everyObject = (value: JsonValue, path = ''): { path: string; node: JsonObject }[] => {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v, i) => everyObject(v, `${path}/${i}`))
  const out = [{ path, node: value }]
  for (const [key, child] of Object.entries(value)) out.push(...everyObject(child, `${path}/${escapeJsonPointer(key)}`))
  return out
}

/** What JSON Pointer `ref` (`#/…`) points to in `document`. */
const resolve = (document: JsonObject, ref: string): JsonValue | undefined =>
  ref
    .slice(2)
    .split('/')
    .map(unescapeJsonPointer)
    .reduce<JsonValue | undefined>((node, key) => (node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), document)

const operations = (document: JsonObject) =>
  Object.entries(document.paths as Record<string, JsonObject>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => method === 'get')
      .map(([, operation]) => ({ path, operation: operation as JsonObject })),
  )

describe.each(cases)('toOpenApi $apiVersion $openapi', ({ apiVersion, openapi }) => {
  const document = toOpenApi({ apiVersion, openapi })
  const schemas = (document.components as JsonObject).schemas as Record<string, JsonObject>

  it('is valid for @readme/openapi-parser', async () => {
    const result = await validate(structuredClone(document) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
    expect(result.valid).toBe(true)
  })

  it('has the version, servers and info', () => {
    expect(document.openapi).toBe(openapi)
    expect(document.servers).toEqual([{ url: `https://graph.microsoft.com/${apiVersion}`, description: expect.any(String) }])
    expect(document.info).toMatchObject({ title: expect.stringContaining(apiVersion), version: packageVersion, description: expect.any(String) })
  })

  it('resolves every $ref', () => {
    const refs = everyObject(document).filter(({ node }) => typeof node.$ref === 'string')
    expect(refs.length).toBeGreaterThan(100)
    for (const { path, node } of refs) expect(resolve(document, node.$ref as string), `${path}: ${String(node.$ref)}`).toBeDefined()
  })

  it('writes every schema of the version, the notifications and the error body', () => {
    for (const name of [
      `${CR}.callRecord`,
      `${CR}.callRecordCollectionResponse`,
      `${CR}.modality`,
      'microsoft.graph.changeNotificationCollection',
      'microsoft.graph.ODataErrors.ODataError',
    ])
      expect(schemas[name], name).toBeDefined()
    expect(schemas[`${CR}.smsLogRow`] !== undefined).toBe(apiVersion === 'beta')
  })

  it('has a discriminator on @odata.type, with a mapping to the components, for each polymorphic value', () => {
    const callee = (schemas[`${CR}.session`]!.properties as Record<string, JsonObject>).callee!
    const choice = (openapi === '3.0.3' ? callee : (callee.anyOf as JsonObject[])[0]!) as JsonObject
    const mapping = Object.fromEntries(
      ['endpoint', 'participantEndpoint', 'serviceEndpoint'].flatMap((name) => [
        [`#${CR}.${name}`, `#/components/schemas/${CR}.${name}`],
        [`${CR}.${name}`, `#/components/schemas/${CR}.${name}`],
      ]),
    )
    expect(choice.discriminator).toEqual({ propertyName: '@odata.type', mapping })
    expect(choice.anyOf).toEqual([...new Set(Object.values(mapping))].map(($ref) => ({ $ref })))
    if (openapi === '3.0.3') expect(callee).toMatchObject({ type: 'object', nullable: true })
    else expect((callee.anyOf as JsonObject[])[1]).toEqual({ type: 'null' })
    const discriminated = everyObject(schemas).filter(({ node }) => node.discriminator !== undefined)
    expect(discriminated.length).toBeGreaterThanOrEqual(5)
    for (const { node } of discriminated) {
      const { propertyName, mapping } = node.discriminator as { propertyName: string; mapping: Record<string, string> }
      expect(propertyName).toBe('@odata.type')
      // Each member's @odata.type lists exactly the names that map to it, so a generated client narrows.
      for (const { $ref } of node.anyOf as { $ref: string }[]) {
        const names = Object.keys(mapping).filter((name) => mapping[name] === $ref)
        const member = resolve(document, $ref) as { properties: Record<string, JsonObject> }
        expect(member.properties['@odata.type'], $ref).toMatchObject({ type: 'string', enum: names })
        expect(names).toHaveLength(2)
      }
    }
  })

  it('types every @odata.type as the names of its type, with and without #', () => {
    // resourceData's @odata.type names the resource a notification is about, in Graph's own spelling: any string.
    const odataTypes = Object.entries(schemas).filter(
      ([name, schema]) => name !== 'microsoft.graph.resourceData' && (schema.properties as JsonObject | undefined)?.['@odata.type'] !== undefined,
    )
    expect(odataTypes.length).toBeGreaterThan(20)
    for (const [name, schema] of odataTypes) expect((schema.properties as Record<string, JsonObject>)['@odata.type']!.enum, name).toEqual([`#${name}`, name])
  })

  it('keeps descriptions, deprecated and the Edm types', () => {
    const properties = schemas[`${CR}.callRecord`]!.properties as Record<string, JsonObject>
    expect(properties.organizer).toMatchObject({ deprecated: true, description: expect.stringContaining('organizer_v2') })
    expect(properties.version).toMatchObject({ type: 'integer', format: 'int64', [EDM_TYPE]: 'Edm.Int64' })
    expect(properties.startDateTime).toMatchObject({ type: 'string', format: 'date-time', [EDM_TYPE]: 'Edm.DateTimeOffset' })
  })

  if (openapi === '3.0.3') {
    it('uses only what OpenAPI 3.0 has: nullable, no type arrays, no const, no $ref siblings, no patternProperties', () => {
      // Schema objects only: not the maps whose keys are names (schemas, properties, mapping).
      const isMap = (path: string) => path === '' || /\/(properties|mapping)$/.test(path)
      for (const { path, node } of everyObject(schemas).filter(({ path }) => !isMap(path))) {
        expect(Array.isArray(node.type), `type array at ${path}`).toBe(false)
        expect(node.type, path).not.toBe('null')
        for (const key of ['const', 'patternProperties', '$id', '$schema', '$defs', 'examples']) expect(node[key], `${key} at ${path}`).toBeUndefined()
        if (typeof node.$ref === 'string') expect(Object.keys(node), path).toEqual(['$ref'])
      }
      const joinWebUrl = (schemas[`${CR}.callRecord`]!.properties as Record<string, JsonObject>).joinWebUrl
      expect(joinWebUrl).toEqual({ type: 'string', nullable: true, description: expect.any(String), [PERSONAL_DATA]: 'identifier' })
    })

    it('writes nullable only beside a type (3.0.3 ignores it elsewhere), a $ref inside allOf', () => {
      const nullables = everyObject(schemas).filter(({ node }) => node.nullable === true)
      expect(nullables.length).toBeGreaterThan(100)
      for (const { path, node } of nullables) expect(typeof node.type, path).toBe('string')
      const properties = (name: string) => schemas[`${CR}.${name}`]!.properties as Record<string, JsonObject>
      expect(properties('mediaStream').audioCodec).toMatchObject({ type: 'string', nullable: true, allOf: [{ $ref: `#/components/schemas/${CR}.audioCodec` }] })
      expect(properties('userFeedback').tokens).toMatchObject({
        type: 'object',
        nullable: true,
        allOf: [{ $ref: `#/components/schemas/${CR}.feedbackTokenSet` }],
      })
      expect(properties('segment').callee).toMatchObject({ type: 'object', nullable: true, discriminator: expect.any(Object) })
    })
  } else {
    it('writes JSON Schema 2020-12: null in type arrays, $ref with annotations beside it', () => {
      const properties = schemas[`${CR}.callRecord`]!.properties as Record<string, JsonObject>
      expect(properties.joinWebUrl!.type).toEqual(['string', 'null'])
      expect(properties.type).toEqual({ $ref: `#/components/schemas/${CR}.callType`, description: expect.any(String) })
      expect(schemas[`${CR}.segment`]!.additionalProperties).toBe(false)
      expect(schemas[`${CR}.segment`]!.patternProperties).toBeDefined()
    })
  }

  it('answers each read path with its entity, page or count', () => {
    const byPath = Object.fromEntries(operations(document).map(({ path, operation }) => [path, operation]))
    const ok = (path: string) => (byPath[path]!.responses as JsonObject)['200'] as JsonObject
    const responseOf = (path: string) => ((ok(path).content as JsonObject)['application/json'] as JsonObject).schema
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
    const record = '/communications/callRecords/{callRecord-id}'
    expect(responseOf('/communications/callRecords')).toEqual(ref(`${CR}.callRecordCollectionResponse`))
    expect(responseOf(record)).toEqual(ref(`${CR}.callRecord`))
    expect(responseOf(`${record}/sessions`)).toEqual(ref(`${CR}.sessionCollectionResponse`))
    expect(responseOf(`${record}/sessions/{session-id}`)).toEqual(ref(`${CR}.session`))
    expect(responseOf(`${record}/sessions/{session-id}/segments`)).toEqual(ref(`${CR}.segmentCollectionResponse`))
    expect(responseOf(`${record}/sessions/{session-id}/segments/{segment-id}`)).toEqual(ref(`${CR}.segment`))
    expect(responseOf(`${record}/participants_v2`)).toEqual(ref(`${CR}.participantCollectionResponse`))
    expect(responseOf(`${record}/participants_v2/{participant-id}`)).toEqual(ref(`${CR}.participant`))
    expect(responseOf(`${record}/organizer_v2`)).toEqual(ref(`${CR}.organizer`))
    for (const path of ['/communications/callRecords/$count', `${record}/sessions/{session-id}/segments/$count`])
      expect(resolve(document, (ok(path) as { $ref: string }).$ref), path).toMatchObject({ content: { 'text/plain': { schema: { type: 'integer' } } } })
    const fnPath = (name: string) => `/communications/callRecords/${CR}.${name}(fromDateTime={fromDateTime},toDateTime={toDateTime})`
    expect(responseOf(fnPath('getPstnCalls'))).toEqual(ref(`${CR}.pstnCallLogRowCollectionResponse`))
    expect(responseOf(fnPath('getDirectRoutingCalls'))).toEqual(ref(`${CR}.directRoutingLogRowCollectionResponse`))
    if (apiVersion === 'beta') {
      expect(responseOf(fnPath('getSmsLog'))).toEqual(ref(`${CR}.smsLogRowCollectionResponse`))
      expect(responseOf(fnPath('getPstnBlockedUsersLog'))).toEqual(ref(`${CR}.pstnBlockedUsersLogRowCollectionResponse`))
      expect(responseOf(fnPath('getPstnOnlineMeetingDialoutReport'))).toEqual(ref(`${CR}.pstnOnlineMeetingDialoutReportCollectionResponse`))
    }
    const ids = operations(document).map(({ operation }) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('documents the OData query options, $select, $orderby and $expand as closed sets', () => {
    const byPath = Object.fromEntries(operations(document).map(({ path, operation }) => [path, operation]))
    const parameters = (path: string) =>
      (byPath[path]!.parameters as JsonObject[]).map((p) => (p.$ref ? (resolve(document, p.$ref as string) as JsonObject) : p))
    const names = (path: string) => parameters(path).map((p) => p.name)
    const members = (path: string, name: string) => ((parameters(path).find((p) => p.name === name)!.schema as JsonObject).items as JsonObject).enum
    expect(names('/communications/callRecords')).toEqual(['$top', '$skip', '$search', '$filter', '$count', '$orderby', '$select', '$expand', 'Prefer'])
    expect(names('/communications/callRecords/$count')).toEqual(['$search', '$filter', 'Prefer'])
    expect(names('/communications/callRecords/{callRecord-id}')).toEqual(['$select', '$expand', 'Prefer'])
    expect(members('/communications/callRecords/{callRecord-id}', '$select')).toContain('participants_v2')
    expect(members('/communications/callRecords/{callRecord-id}', '$expand')).toEqual([
      '*',
      'organizer_v2',
      'participants_v2',
      'sessions',
      'sessions($expand=segments)',
    ])
    expect(members('/communications/callRecords', '$orderby')).toEqual(expect.arrayContaining(['startDateTime', 'startDateTime desc']))
    expect(members('/communications/callRecords', '$orderby')).not.toContain('sessions')
  })

  it('answers every operation with 200, 404, 429 with Retry-After and the OData error body; it has no write operation', () => {
    const components = document.components as Record<string, Record<string, JsonObject>>
    const error = { 'application/json': { schema: { $ref: '#/components/schemas/microsoft.graph.ODataErrors.ODataError' } } }
    expect(components.responses!.notFound!.content).toEqual(error)
    expect(components.responses!.tooManyRequests).toMatchObject({ headers: { 'Retry-After': { schema: { type: 'integer' } } }, content: error })
    for (const { path, operation } of operations(document)) {
      const responses = operation.responses as Record<string, JsonObject>
      expect(Object.keys(responses), path).toEqual(['200', '404', '429', '4XX', '5XX'])
      expect(responses['404'], path).toEqual({ $ref: '#/components/responses/notFound' })
      expect(responses['429'], path).toEqual({ $ref: '#/components/responses/tooManyRequests' })
    }
    for (const [path, item] of Object.entries(document.paths as Record<string, JsonObject>))
      expect(
        Object.keys(item).filter((key) => key !== 'parameters'),
        path,
      ).toEqual(['get'])
    expect((document.info as JsonObject).description).toContain('read-only')
  })

  it('has the Prefer header with the preferences Graph documents', () => {
    const prefer = ((document.components as JsonObject).parameters as JsonObject).Prefer as JsonObject
    expect(prefer).toMatchObject({ name: 'Prefer', in: 'header' })
    const values = Object.values(prefer.examples as Record<string, JsonObject>).map((e) => e.value)
    expect(values).toEqual(['include-unknown-enum-members', 'omit-values=nulls', 'odata.maxpagesize=100'])
    for (const { path, operation } of operations(document)) expect(operation.parameters, path).toContainEqual({ $ref: '#/components/parameters/Prefer' })
  })

  it('requires CallRecords.Read.All through OAuth 2.0 (Microsoft identity platform) on every operation', () => {
    const scheme = ((document.components as JsonObject).securitySchemes as JsonObject).microsoftIdentityPlatform as JsonObject
    expect(scheme.type).toBe('oauth2')
    const flow = (scheme.flows as JsonObject).clientCredentials as JsonObject
    expect(flow.tokenUrl).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token')
    expect(Object.keys(flow.scopes as JsonObject)).toContain('CallRecords.Read.All')
    expect(document.security).toEqual([{ microsoftIdentityPlatform: ['CallRecords.Read.All'] }])
    for (const { path, operation } of operations(document)) expect(operation.security, path).toEqual([{ microsoftIdentityPlatform: ['CallRecords.Read.All'] }])
  })
})

describe('the bound functions', () => {
  it.each(versions)('are those of the CSDL of %s, with their return types', (apiVersion) => {
    const fromCsdl = readCsdlXml(join(root, 'metadata'), apiVersion)
      .functions.filter((f) => f.binding === `Collection(${CR}.callRecord)`)
      .map((f) => [
        `/communications/callRecords/${f.qualifiedName}(${f.parameters.map((p) => `${p}={${p}}`).join(',')})`,
        `${f.returns.slice(11, -1)}CollectionResponse`,
      ])
    const document = toOpenApi({ apiVersion })
    const emitted = Object.entries(document.paths as Record<string, JsonObject>)
      .filter(([path]) => path.includes(`${CR}.`))
      .map(([path, item]) => [path, ((((item.get as JsonObject).responses as JsonObject)['200'] as JsonObject).content as JsonObject)['application/json']])
    expect(emitted.map(([path]) => path).sort()).toEqual(fromCsdl.map(([path]) => path).sort())
    for (const [path, page] of fromCsdl) expect(emitted.find(([p]) => p === path)?.[1]).toEqual({ schema: { $ref: `#/components/schemas/${page}` } })
  })
})

describe('the OpenAPI validator', () => {
  it('does reject what OpenAPI 3.0 does not allow (so that its approval means something)', async () => {
    const document = toOpenApi({ openapi: '3.0.3' })
    const broken = structuredClone(document) as JsonObject
    ;((broken.components as JsonObject).schemas as JsonObject)[`${CR}.extra`] = { type: ['string', 'null'] }
    const result = await validate(broken as never)
    expect(result.valid).toBe(false)
  })

  it('refuses an OpenAPI version it does not write', () => {
    expect(() => toOpenApi({ openapi: '2.0' as never })).toThrow(RangeError)
  })
})
