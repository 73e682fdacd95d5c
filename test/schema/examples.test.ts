import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import * as v1 from '../../src/schema/v1.0/index.js'
import * as beta from '../../src/schema/beta/index.js'

const root = join(import.meta.dirname, '../..')
const entries = { 'v1.0': v1, beta } as unknown as Record<string, Record<string, TSchema>>

/** examples/<version>/<Schema>/<file>.json: every documented payload with the schema it is an instance of. */
const examples = Object.keys(entries).flatMap((version) =>
  readdirSync(join(root, 'examples', version)).flatMap((schema) =>
    readdirSync(join(root, 'examples', version, schema)).map((file) => ({ version, schema, file })),
  ),
)

describe('documented payloads', () => {
  it('are all here', () => {
    expect(examples.length).toBe(35)
  })

  it.each(examples)('$version/$schema/$file is accepted by its schema', ({ version, schema, file }) => {
    const type = entries[version]![schema]
    expect(type, `no schema named ${schema}`).toBeDefined()
    const payload = JSON.parse(readFileSync(join(root, 'examples', version, schema, file), 'utf8'))
    const check = TypeCompiler.Compile(type!)
    expect([...check.Errors(payload)].map((e) => `${e.path}: ${e.message}`)).toEqual([])
  })
})

describe('published examples known to be wrong', () => {
  const invalid = join(root, 'test/fixtures/invalid')

  it('beta getPstnBlockedUsersLog response 1 is not JSON (trailing commas)', () => {
    const text = readFileSync(join(invalid, 'callrecords-callrecord-getpstnblockeduserslog-1.raw.txt'), 'utf8')
    expect(() => JSON.parse(text)).toThrow(SyntaxError)
  })

  it('beta getPstnBlockedUsersLog response 1, repaired, uses Blocked/Unblocked, which pstnUserBlockMode lacks', () => {
    const payload = JSON.parse(readFileSync(join(invalid, 'callrecords-callrecord-getpstnblockeduserslog-1.repaired.json'), 'utf8'))
    const check = TypeCompiler.Compile(beta.PstnBlockedUsersLogRowCollectionResponse)
    const paths = [...check.Errors(payload)].map((e) => e.path)
    expect(new Set(paths)).toEqual(new Set(['/value/0/userBlockMode', '/value/1/userBlockMode']))
    const fixed = structuredClone(payload)
    fixed.value[0].userBlockMode = 'blocked'
    fixed.value[1].userBlockMode = 'unblocked'
    expect(check.Check(fixed)).toBe(true)
  })
})
