/**
 * A real consumer of the emitted JSON Schema: a Fastify server on 127.0.0.1 whose POST route validates
 * its body as a callRecord, reached over HTTP with fetch.
 *
 * The draft-07 document is used: Fastify 5's built-in validator compiler is Ajv's draft-07 class with
 * ajv-formats, so the route takes the document as it is, with nothing to replace but the one keyword
 * of the package that strict mode must be told, `x-personal-data`. Two of Fastify's
 * default Ajv options are turned off for a validating endpoint: `removeAdditional` (it would silently
 * drop an unknown property of a closed type, and can drop properties while trying the branches of a
 * `oneOf`) and `coerceTypes` (it would turn `"12"` into `12`, which the strict parser refuses).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toJsonSchema } from '../../src/emit/index.js'
import { PERSONAL_DATA } from '../../src/schema/keywords.js'

const root = join(import.meta.dirname, '../..')
const example = () => JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8')) as Record<string, any>

interface Problem {
  readonly pointer: string
  readonly keyword: string
  readonly message: string
}

let app: FastifyInstance
let url: string

beforeAll(async () => {
  // `keywords`: strict mode must be told the annotation `x-personal-data` that the documents carry.
  app = Fastify({ ajv: { customOptions: { strict: true, removeAdditional: false, coerceTypes: false, allErrors: false, keywords: [PERSONAL_DATA] } } })
  // The 400 names the JSON Pointer of each broken place, as Ajv reports it.
  app.setErrorHandler<FastifyError>((error, _request, reply) => {
    if (error.validation) {
      const problems: Problem[] = error.validation.map((e) => ({ pointer: e.instancePath, keyword: e.keyword, message: e.message ?? '' }))
      return reply.code(400).send({ message: error.message, problems })
    }
    return reply.send(error)
  })
  app.post(
    '/callRecords',
    { schema: { body: toJsonSchema({ dialect: 'draft-07', root: 'microsoft.graph.callRecords.callRecord' }) } },
    async (request, reply) => reply.code(201).send({ id: (request.body as { id?: string }).id }),
  )
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  url = `${address}/callRecords`
})

afterAll(async () => {
  await app.close()
})

const post = async (body: unknown) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

describe('a Fastify route that validates its body with the emitted draft-07 schema of callRecord', () => {
  it('listens on 127.0.0.1', () => {
    expect(new URL(url).hostname).toBe('127.0.0.1')
    expect(Number(new URL(url).port)).toBeGreaterThan(0)
  })

  it('accepts the documented payload', async () => {
    const { status, body } = await post(example())
    expect(status).toBe(201)
    expect(body).toEqual({ id: 'e523d2ed-2966-4b6b-925b-754a88034cc5' })
  })

  it('answers 400 with the JSON Pointer of a wrong type', async () => {
    const { status, body } = await post({ ...example(), version: 'x' })
    expect(status).toBe(400)
    expect(body.problems).toEqual([{ pointer: '/version', keyword: 'type', message: 'must be integer' }])
    expect(body.message).toContain('body/version')
  })

  it('answers 400 with the JSON Pointer of an impossible date', async () => {
    const { status, body } = await post({ ...example(), startDateTime: '2021-02-29T00:00:00Z' })
    expect(status).toBe(400)
    expect(body.problems).toEqual([{ pointer: '/startDateTime', keyword: 'format', message: 'must match format "date-time"' }])
  })

  it('answers 400 for a malformed timestamp deep in the payload', async () => {
    const payload = example()
    payload.sessions[0].segments[0].startDateTime = '2020-02-25 18:52:21Z'
    const { status, body } = await post(payload)
    expect(status).toBe(400)
    expect(body.problems[0].pointer).toBe('/sessions/0/segments/0/startDateTime')
  })

  it('answers 400 for an unknown property of a closed type instead of dropping it', async () => {
    const { status, body } = await post({ ...example(), unknownProperty: 1 })
    expect(status).toBe(400)
    expect(body.problems).toEqual([{ pointer: '', keyword: 'additionalProperties', message: 'must NOT have additional properties' }])
  })

  it('does not coerce a numeric string', async () => {
    const { status, body } = await post({ ...example(), version: '1' })
    expect(status).toBe(400)
    expect(body.problems[0].pointer).toBe('/version')
  })
})
