/**
 * A real Fastify server (inject, no socket) with the package's validator compiler and the TypeBox type
 * provider: the body is typed from the schema, documented examples are accepted and normalized,
 * invalid payloads are answered with 400 and their issues.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { CallRecord, parseCallRecord, validatorCompiler, type CallRecord as CallRecordType } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const examples = readdirSync(join(root, 'examples/v1.0/CallRecord'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord', f), 'utf8')) as unknown] as const)

const server = (mode: 'lenient' | 'strict') => {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(validatorCompiler({ mode }))
  app.post('/callRecords', { schema: { body: CallRecord } }, async (request) => {
    expectTypeOf(request.body).toEqualTypeOf<CallRecordType>()
    return { startDateTime: request.body.startDateTime ?? null, sessions: request.body.sessions?.length ?? 0 }
  })
  return app
}

describe('Fastify with validatorCompiler', () => {
  const lenient = server('lenient')
  const strict = server('strict')
  beforeAll(async () => {
    await Promise.all([lenient.ready(), strict.ready()])
  })
  afterAll(async () => {
    await Promise.all([lenient.close(), strict.close()])
  })

  it('has examples to send', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it.each(examples)('accepts %s and hands the route the normalized record', async (_, example) => {
    const response = await lenient.inject({ method: 'POST', url: '/callRecords', payload: example as object })
    expect(response.statusCode).toBe(200)
    const record = parseCallRecord(example)
    expect(response.json()).toEqual({ startDateTime: record.startDateTime ?? null, sessions: record.sessions?.length ?? 0 })
  })

  it('answers an invalid payload with 400 and its issues', async () => {
    const response = await lenient.inject({ method: 'POST', url: '/callRecords', payload: { startDateTime: '2021-02-29T00:00:00Z' } })
    expect(response.statusCode).toBe(400)
    expect(response.json().message).toContain('/startDateTime')
  })

  it('follows the mode: a numeric string is read by lenient mode, refused by strict mode', async () => {
    const payload = { version: '3' }
    expect((await lenient.inject({ method: 'POST', url: '/callRecords', payload })).statusCode).toBe(200)
    expect((await strict.inject({ method: 'POST', url: '/callRecords', payload })).statusCode).toBe(400)
  })
})
