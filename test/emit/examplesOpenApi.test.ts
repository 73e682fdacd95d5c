/**
 * Every documented Graph response (examples/) is valid against the 200 response schema of the operations
 * of the committed OpenAPI 3.1 document that answer with its schema, compiled by a strict Ajv 2020 as
 * the document gives it (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import * as v1 from '../../src/schema/v1.0/index.js'
import * as beta from '../../src/schema/beta/index.js'
import type { JsonObject } from '../../src/emit/index.js'
import { EDM_TYPE } from '../../src/schema/keywords.js'
import { strictAjv } from './validators.js'

const root = join(import.meta.dirname, '../..')
const entries = { 'v1.0': v1, beta } as unknown as Record<'v1.0' | 'beta', Record<string, TSchema>>
const KEY = 'openapi'

/** The keywords of an OpenAPI document that are not JSON Schema: the root's, and those of its schemas. */
const openApiKeywords = ['openapi', 'info', 'externalDocs', 'servers', 'tags', 'security', 'paths', 'components', 'webhooks', 'discriminator', EDM_TYPE]

/** A JSON Pointer as a URI fragment: each segment escaped (`~0`, `~1`) and percent-encoded. */
const fragment = (segments: string[]): string => `#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`

describe.each(['v1.0', 'beta'] as const)('the documented %s examples against the committed openapi-3.1.json', (apiVersion) => {
  const document = JSON.parse(readFileSync(join(root, `schemas/${apiVersion}/openapi-3.1.json`), 'utf8')) as JsonObject
  const ajv = strictAjv('2020-12', { allErrors: true })
  ajv.addVocabulary(openApiKeywords)
  // An OpenAPI format (its format registry: a fixed-point decimal) that ajv-formats does not know; the
  // type says what a validator can check.
  ajv.addFormat('decimal', true)
  ajv.addSchema(document, KEY)

  /** The paths whose GET answers 200 with the component `name`, and the pointer to that response schema. */
  const responsesOf = (name: string) =>
    Object.entries(document.paths as Record<string, { get?: { responses: Record<string, JsonObject> } }>).flatMap(([path, item]) => {
      const schema = ((item.get?.responses['200']?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.schema as
        | JsonObject
        | undefined
      if (schema?.$ref !== `#/components/schemas/${name}`) return []
      return [{ path, pointer: fragment(['paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema']) }]
    })

  const dir = join(root, 'examples', apiVersion)
  // Change notifications are POSTed by Graph to a subscriber: no path of the API answers with them.
  const examples = readdirSync(dir)
    .filter((schema) => schema !== 'ChangeNotificationCollection')
    .flatMap((schema) => readdirSync(join(dir, schema)).map((file) => ({ schema, file })))

  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(14))

  it.each(examples)('$schema/$file is valid for the 200 response of its path', ({ schema, file }) => {
    const name = entries[apiVersion][schema]?.$id
    expect(name, `no schema named ${schema}`).toBeDefined()
    const responses = responsesOf(name!)
    expect(responses.length, `no path answers with ${name}`).toBeGreaterThan(0)
    const payload: unknown = JSON.parse(readFileSync(join(dir, schema, file), 'utf8'))
    for (const { path, pointer } of responses) {
      const validate = ajv.compile({ $ref: `${KEY}${pointer}` })
      expect(validate(payload) ? [] : validate.errors!.map((e) => `${e.instancePath}: ${e.message}`), path).toEqual([])
    }
  })

  it('refuses a payload that breaks its schema (so that acceptance means something)', () => {
    const [response] = responsesOf('microsoft.graph.callRecords.callRecord')
    const validate = ajv.compile({ $ref: `${KEY}${response!.pointer}` })
    const record = JSON.parse(readFileSync(join(dir, 'CallRecord/get-1.json'), 'utf8')) as Record<string, unknown>
    expect(validate({ ...record, version: 'one' })).toBe(false)
    expect(validate({ ...record, sessions: [{ caller: { '@odata.type': '#microsoft.graph.callRecords.nope' } }] })).toBe(false)
  })
})
