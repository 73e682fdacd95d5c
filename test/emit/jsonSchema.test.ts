import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import * as v1 from '../../src/index.js'
import * as beta from '../../src/beta.js'
import { toJsonSchema, type JsonObject, type JsonValue } from '../../src/emit/index.js'
import { DurationPattern, TimestampPattern } from '../../src/schema/edm.js'
import { strictAjv } from './validators.js'
import { escapeJsonPointer } from '../../src/parse/jsonPointer.js'
import { EDM_TYPE, GRAPH_BASE, PERSONAL_DATA } from '../../src/schema/keywords.js'

const versions = ['v1.0', 'beta'] as const
const dialects = ['2020-12', 'draft-07'] as const
const cases = versions.flatMap((apiVersion) => dialects.map((dialect) => ({ apiVersion, dialect })))
const entries = { 'v1.0': v1, beta } as unknown as Record<string, Record<string, unknown>>
const container = (dialect: string) => (dialect === '2020-12' ? '$defs' : 'definitions')

/** Every schema object of a document, with its JSON Pointer. */
const everySchema = (value: JsonValue, path = ''): { path: string; node: JsonObject }[] => {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v, i) => everySchema(v, `${path}/${i}`))
  const out = [{ path, node: value }]
  for (const [key, child] of Object.entries(value)) out.push(...everySchema(child, `${path}/${escapeJsonPointer(key)}`))
  return out
}

const CR = 'microsoft.graph.callRecords'

describe.each(cases)('toJsonSchema $apiVersion $dialect', ({ apiVersion, dialect }) => {
  const document = toJsonSchema({ apiVersion, dialect })
  const defs = document[container(dialect)] as Record<string, JsonObject>

  it('compiles in Ajv with strict: true and ajv-formats', () => {
    const ajv = strictAjv(dialect)
    expect(() => ajv.compile(document)).not.toThrow()
    // And each definition on its own, through the bundle.
    ajv.addSchema(document, 'bundle')
    for (const name of Object.keys(defs)) expect(ajv.getSchema(`bundle#/${container(dialect)}/${name}`), name).toBeTypeOf('function')
  })

  it('names its dialect', () => {
    expect(document.$schema).toBe(dialect === '2020-12' ? 'https://json-schema.org/draft/2020-12/schema' : 'http://json-schema.org/draft-07/schema#')
    expect(document[dialect === '2020-12' ? 'definitions' : '$defs']).toBeUndefined()
  })

  it('is plain JSON: no symbols, no functions, nothing JSON.stringify would drop', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document)
    for (const { path, node } of everySchema(document)) expect(Object.getOwnPropertySymbols(node), path).toEqual([])
  })

  it('has a definition for every named schema of the entry point, under its qualified Graph name', () => {
    const named = Object.values(entries[apiVersion]!).filter(
      (value): value is TSchema & { $id: string } => typeof value === 'object' && value !== null && typeof (value as { $id?: unknown }).$id === 'string',
    )
    const ids = new Set(named.map((s) => s.$id))
    expect(new Set(Object.keys(defs))).toEqual(ids)
    for (const id of ['microsoft.graph.changeNotificationCollection', `${CR}.callRecordCollectionResponse`, `${CR}.modality`])
      expect(defs[id], id).toBeDefined()
    expect(Object.keys(defs)).toEqual([...Object.keys(defs)].sort())
  })

  it('keeps no keyword of TypeBox or of the package, and no $id inside', () => {
    for (const { path, node } of everySchema(defs)) {
      for (const key of [EDM_TYPE, GRAPH_BASE, '$id', 'discriminator', 'nullable']) expect(node[key], `${key} at ${path}`).toBeUndefined()
    }
  })

  it('refers between definitions with $ref; in draft-07 a $ref has no siblings', () => {
    const refs = everySchema(defs).filter(({ node }) => typeof node.$ref === 'string')
    expect(refs.length).toBeGreaterThan(100)
    for (const { path, node } of refs) {
      const target = (node.$ref as string).slice(`#/${container(dialect)}/`.length)
      expect(node.$ref, path).toBe(`#/${container(dialect)}/${target}`)
      expect(defs[target], `${path} → ${node.$ref}`).toBeDefined()
      if (dialect === 'draft-07') expect(Object.keys(node), path).toEqual(['$ref'])
    }
  })

  it('writes a property that annotates a named type as $ref with its own description', () => {
    const type = (defs[`${CR}.callRecord`]!.properties as Record<string, JsonObject>).type!
    const ref = { $ref: `#/${container(dialect)}/${CR}.callType` }
    const description = 'Indicates the type of the call. The possible values are: unknown, groupCall, peerToPeer, unknownFutureValue.'
    expect(type).toEqual(dialect === '2020-12' ? { ...ref, description } : { allOf: [ref], description })
  })

  it('writes Graph enumerations as enum arrays', () => {
    expect(defs[`${CR}.modality`]).toEqual({
      type: 'string',
      description: 'A modality of a call: audio, video, screen sharing or data.',
      enum: ['audio', 'video', 'videoBasedScreenSharing', 'data', 'screenSharing', 'unknownFutureValue'],
    })
    for (const { path, node } of everySchema(defs)) expect(node.const, path).toBeUndefined()
  })

  it('writes Edm.DateTimeOffset as date-time with the exact pattern, Edm.Duration with its pattern only', () => {
    const session = defs[`${CR}.session`]!.properties as Record<string, JsonObject>
    expect(session.startDateTime).toMatchObject({ type: 'string', format: 'date-time', pattern: TimestampPattern })
    const stream = defs[`${CR}.mediaStream`]!.properties as Record<string, JsonObject>
    expect(stream.averageJitter).toEqual({ type: ['string', 'null'], description: expect.any(String), pattern: DurationPattern })
  })

  it('writes nullable values as type arrays, or anyOf with null around a $ref', () => {
    const record = defs[`${CR}.callRecord`]!.properties as Record<string, JsonObject>
    expect(record.joinWebUrl).toEqual({ type: ['string', 'null'], description: expect.any(String), [PERSONAL_DATA]: 'identifier' })
    expect(record.participants_v2!.type).toEqual(['array', 'null'])
    const session = defs[`${CR}.session`]!.properties as Record<string, JsonObject>
    expect(session.failureInfo).toEqual({
      anyOf: [{ $ref: `#/${container(dialect)}/${CR}.failureInfo` }, { type: 'null' }],
      description: 'Failure information associated with the session if the session failed.',
    })
  })

  it('keeps descriptions and deprecated', () => {
    const record = defs[`${CR}.callRecord`]!
    expect(record.description).toMatch(/^A single peer-to-peer call/)
    const properties = record.properties as Record<string, JsonObject>
    expect(properties.organizer).toMatchObject({ deprecated: true, description: expect.stringContaining('Deprecated:') })
    expect(properties.participants).toMatchObject({ deprecated: true })
    expect(properties.organizer_v2!.deprecated).toBeUndefined()
  })

  it('selects the subtypes of a polymorphic value by @odata.type: oneOf of $refs, the subtypes requiring it', () => {
    const callee = (defs[`${CR}.session`]!.properties as Record<string, JsonObject>).callee!
    const ref = (name: string) => ({ $ref: `#/${container(dialect)}/${CR}.${name}` })
    const tagged = { type: 'object', properties: { '@odata.type': { type: 'string' } }, required: ['@odata.type'] }
    const member = (name: string) => (dialect === '2020-12' ? { ...ref(name), ...tagged } : { ...tagged, allOf: [ref(name)] })
    expect(callee).toEqual({
      oneOf: [ref('endpoint'), member('participantEndpoint'), member('serviceEndpoint'), { type: 'null' }],
      description: 'Endpoint that answered the session.',
    })
    // userAgent is abstract: every member requires @odata.type.
    const userAgent = (defs[`${CR}.endpoint`]!.properties as Record<string, JsonObject>).userAgent!
    expect(userAgent.oneOf).toEqual([member('clientUserAgent'), member('serviceUserAgent'), { type: 'null' }])
  })

  it('closes closed types but for OData annotations, and leaves open types open', () => {
    const segment = defs[`${CR}.segment`]!
    expect(segment.additionalProperties).toBe(false)
    expect(Object.keys(segment.patternProperties as JsonObject)).toHaveLength(1)
    const identity = defs['microsoft.graph.identity']!
    expect(identity.additionalProperties).toBe(true)
    expect(identity.patternProperties).toBeUndefined()
    expect(defs[`${CR}.traceRouteHop`]!.patternProperties).toEqual({ '^(?!(?:@odata\\.type)$)[\\s\\S]*@': {} })
    // A closed type that declares no name with @: any name with @.
    expect(defs['microsoft.graph.changeNotification']!.patternProperties).toEqual({ '@': {} })
  })
})

describe('the annotation pattern of a closed type', () => {
  const document = toJsonSchema()
  const callRecord = (document.$defs as Record<string, JsonObject>)[`${CR}.callRecord`]!
  const [pattern] = Object.keys(callRecord.patternProperties as JsonObject)
  const regex = new RegExp(pattern!, 'u')

  it('matches every name with @ but the declared ones (Ajv strict refuses a pattern that matches a property)', () => {
    for (const key of ['@odata.etag', '@microsoft.graph.tips', 'id@odata.etag', '@', 'a/b@c', '@odata.context.extra', 'x\n@y', '@odata.typeX'])
      expect(regex.test(key), key).toBe(true)
    for (const key of Object.keys(callRecord.properties as JsonObject)) expect(regex.test(key), key).toBe(false)
    for (const key of ['id', 'version', 'unknownProperty', 'odata.type']) expect(regex.test(key), key).toBe(false)
  })
})

describe('toJsonSchema with a root', () => {
  it.each(dialects)('validates one type at the root (%s)', (dialect) => {
    const document = toJsonSchema({ dialect, root: `${CR}.callRecord` })
    const ref = { $ref: `#/${container(dialect)}/${CR}.callRecord` }
    if (dialect === '2020-12') expect(document.$ref).toBe(ref.$ref)
    else expect(document.allOf).toEqual([ref])
    const validate = strictAjv(dialect).compile(document)
    expect(validate({ id: 'x', version: 1 })).toBe(true)
    expect(validate({ id: 'x', version: 'x' })).toBe(false)
    expect(validate.errors?.[0]?.instancePath).toBe('/version')
  })

  it('refuses a name, a dialect or a version it does not know', () => {
    expect(() => toJsonSchema({ root: `${CR}.nope` })).toThrow(/no schema named/)
    expect(() => toJsonSchema({ apiVersion: 'v1.0', root: `${CR}.smsLogRow` })).toThrow(/no schema named/)
    expect(toJsonSchema({ apiVersion: 'beta', root: `${CR}.smsLogRow` }).$ref).toBe(`#/$defs/${CR}.smsLogRow`)
    expect(() => toJsonSchema({ dialect: 'draft-04' as never })).toThrow(RangeError)
    expect(() => toJsonSchema({ apiVersion: 'v2' as never })).toThrow(RangeError)
  })

  it('writes the same document on every call', () => {
    expect(JSON.stringify(toJsonSchema({ apiVersion: 'beta' }))).toBe(JSON.stringify(toJsonSchema({ apiVersion: 'beta' })))
  })
})

describe('deprecated in draft-07', () => {
  it('is a keyword Ajv knows in its draft-07 class, so strict mode keeps it as an annotation', () => {
    expect(() => strictAjv('draft-07').compile({ type: 'string', deprecated: true })).not.toThrow()
  })
})

describe('each entry point emits its own API version, and only that one', () => {
  it('graph-callrecords gives v1.0, graph-callrecords/beta gives beta', () => {
    expect(v1.toJsonSchema().$defs).not.toHaveProperty(['microsoft.graph.callRecords.smsLogRow'])
    expect(beta.toJsonSchema().$defs).toHaveProperty(['microsoft.graph.callRecords.smsLogRow'])
    expect(JSON.stringify(beta.toOpenApi())).toContain('https://graph.microsoft.com/beta')
    // Each entry loads only its own version: the other one is named in the error.
    expect(beta.toJsonSchema({ apiVersion: 'beta' })).toEqual(beta.toJsonSchema())
    expect(() => beta.toJsonSchema({ apiVersion: 'v1.0' })).toThrow(/emitted by graph-callrecords;/)
    expect(() => v1.toOpenApi({ apiVersion: 'beta' })).toThrow(/emitted by graph-callrecords\/beta/)
  })
})
