/**
 * Redaction on Graph's documented payloads (examples/, both versions) and on the cases the modes are
 * defined by: the personal values are gone, the output still parses in strict mode, the rest is as it was.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { createParser, redact, redactCallRecord, type RedactOptions } from '../../src/index.js'
import { PERSONAL_DATA } from '../../src/schema/keywords.js'

const root = join(import.meta.dirname, '../..')
const KEY = 'a-test-key-of-32-bytes-0123456789'
const OTHER_KEY = 'another-test-key-of-32-bytes-0123'

/** Every documented payload, with the schema its folder names. */
const examples = (['v1.0', 'beta'] as const).flatMap((version) => {
  const module = (version === 'v1.0' ? v1 : beta) as unknown as Record<string, TSchema>
  const dir = join(root, 'examples', version)
  return readdirSync(dir).flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.json') && module[folder] !== undefined)
      .map((file) => ({
        label: `${version}/${folder}/${file}`,
        schema: module[folder]!,
        payload: JSON.parse(readFileSync(join(dir, folder, file), 'utf8')) as unknown,
      })),
  )
})

/** The personal strings of a value, found by following the keyword through the parsed value's own schema. */
const personalStrings = (schema: TSchema, value: unknown): string[] => {
  // Reuses the redactor with a mode that records instead of replacing: keep, then compare with mask.
  const masked = redact(schema, value, { mode: 'mask' })
  const out: string[] = []
  const diff = (a: unknown, b: unknown): void => {
    if (typeof a === 'string' && a !== b) out.push(a)
    else if (a && typeof a === 'object') for (const key of Object.keys(a)) diff((a as any)[key], (b as any)?.[key])
  }
  diff(value, masked)
  return out
}

const strictly = (schema: TSchema, value: unknown) => createParser(schema, { mode: 'strict' }).safeParse(value)

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

describe.each(examples)('$label', ({ schema, payload }) => {
  const parsed = createParser(schema).parse(payload)
  const personal = personalStrings(schema, parsed)

  it.each<RedactOptions>([
    { mode: 'drop' },
    { mode: 'mask' },
    { mode: 'pseudonymize', key: KEY },
    { mode: 'pseudonymize', key: KEY, categories: { network: 'truncate', freeText: 'drop' } },
  ])('%o: no personal value left, still valid in strict mode, the input untouched', (options) => {
    const input = deepFreeze(structuredClone(parsed))
    const out = redact(schema, input, options)
    expect(input).toEqual(parsed)
    const text = JSON.stringify(out)
    for (const value of personal.filter((v) => v.length >= 6 && options.categories?.network !== 'truncate')) expect(text).not.toContain(JSON.stringify(value))
    const result = strictly(schema, out)
    expect(result.success ? [] : result.issues).toEqual([])
  })
})

describe('the documented examples hold personal data', () => {
  it('in both versions (so the tests above test something)', () => {
    const found = examples.map(
      ({ label, schema, payload }) => [label.split('/')[0], personalStrings(schema, createParser(schema).parse(payload)).length] as const,
    )
    expect(found.filter(([v, n]) => v === 'v1.0' && n > 0).length).toBeGreaterThan(3)
    expect(found.filter(([v, n]) => v === 'beta' && n > 0).length).toBeGreaterThan(3)
  })
})

const record = (): v1.CallRecord => ({
  id: 'e523d2ed-2966-4b6b-925b-754a88034cc5',
  joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting/0?context=%7b%22Oid%22%3a%22821809f5%22%7d',
  organizer_v2: {
    id: '821809F5-0000-0000-0000-3B5136C0E777',
    identity: {
      user: {
        id: '821809f5-0000-0000-0000-3b5136c0e777',
        displayName: 'Abbie Wilkins',
        tenantId: 'dc368399-474c-4d40-900c-6265431fd81f',
        extra: 'abbie@contoso.com',
      } as never,
      acsUser: { id: '8:acs:secret-user', displayName: 'Someone Else' },
    } as never,
  },
  sessions: [
    {
      id: 'e523d2ed-2966-4b6b-925b-754a88034cc5',
      modalities: ['audio'],
      caller: {
        '@odata.type': '#microsoft.graph.callRecords.participantEndpoint',
        name: "Abbie's laptop",
        feedback: { rating: 'poor', text: 'Abbie could not hear Bob', tokens: { NoSound: true } as never },
        userAgent: {
          '@odata.type': '#microsoft.graph.callRecords.clientUserAgent',
          headerValue: 'RTCC/7.0.0.0 UCWA/7.0.0.0',
          platform: 'windows',
          productFamily: 'teams',
        },
      },
      segments: [
        {
          id: 'e523d2ed-2966-4b6b-925b-754a88034cc5',
          media: [
            {
              label: 'main-audio',
              callerNetwork: {
                ipAddress: '10.139.0.12',
                subnet: '10.139.80.0',
                reflexiveIPAddress: '2001:db8:85a3::8a2e:370:7334',
                relayIPAddress: '52.115.1.1',
                macAddress: '00-00-00-00-00-00',
              },
            },
          ],
        },
      ],
    },
  ],
})

describe('redactCallRecord', () => {
  it('pseudonymizes with the key: GUIDs stay GUIDs (one token for any case), IPs stay IPs, the rest gets a token', () => {
    const out = redactCallRecord(record(), { mode: 'pseudonymize', key: KEY }) as any
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(out.organizer_v2.id).toMatch(guid)
    expect(out.organizer_v2.identity.user.id).toBe(out.organizer_v2.id)
    expect(out.organizer_v2.identity.user.displayName).toMatch(/^pseudo-[\w-]{24}$/)
    const network = out.sessions[0].segments[0].media[0].callerNetwork
    expect(network.ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
    expect(network.ipAddress).not.toBe('10.139.0.12')
    expect(network.reflexiveIPAddress).toMatch(/^[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){7}$/)
    expect(network.relayIPAddress).toBe('52.115.1.1')
    expect(out.id).toBe('e523d2ed-2966-4b6b-925b-754a88034cc5')
    expect(out.sessions[0].caller.feedback.rating).toBe('poor')
    expect(out.sessions[0].caller.feedback.tokens).toEqual({ NoSound: true })
  })

  it('treats the undeclared properties of an identity and of an identity set as personal, not their annotations', () => {
    const out = redactCallRecord(record(), { mode: 'mask' }) as any
    // Without @odata.type the value is an identity (open), as the parsers read it: tenantId is undeclared there.
    expect(out.organizer_v2.identity.user.tenantId).toBe('00000000-0000-0000-0000-000000000000')
    expect(out.organizer_v2.identity.user.extra).toBe('redacted')
    expect(out.organizer_v2.identity.acsUser).toEqual({ id: 'redacted', displayName: 'redacted' })
    const dropped = redactCallRecord(record(), { mode: 'drop' }) as any
    expect(dropped.organizer_v2.identity).toEqual({ user: {} })
    expect(dropped.organizer_v2.id).toBeUndefined()
  })

  it('reads a value without @odata.type as every type it may be, as the parsers infer a subtype from its properties', () => {
    const session = { id: 's', caller: { name: "Abbie's laptop", associatedIdentity: { id: 'abbie-id', displayName: 'Abbie Wilkins' } } }
    const out = redact(v1.Session, session, { mode: 'drop' })
    expect(out).toEqual({ id: 's', caller: { associatedIdentity: {} } })
    expect(createParser(v1.Session, { mode: 'strict' }).safeParse(out).success).toBe(true)
  })

  it('masks with placeholders of the same shape', () => {
    const out = redactCallRecord(record(), { mode: 'mask' }) as any
    expect(out.organizer_v2.id).toBe('00000000-0000-0000-0000-000000000000')
    expect(out.sessions[0].segments[0].media[0].callerNetwork).toMatchObject({ ipAddress: '0.0.0.0', reflexiveIPAddress: '::', macAddress: 'redacted' })
    expect(out.joinWebUrl).toBe('redacted')
  })

  it('truncates IP addresses to their network (/24 and /48 by default, or as asked), and masks the rest of the category', () => {
    const network = (options: RedactOptions) => (redactCallRecord(record(), options) as any).sessions[0].segments[0].media[0].callerNetwork
    expect(network({ mode: 'keep', categories: { network: 'truncate' } })).toMatchObject({
      ipAddress: '10.139.0.0',
      reflexiveIPAddress: '2001:db8:85a3:0:0:0:0:0',
      macAddress: 'redacted',
      subnet: '10.139.80.0',
    })
    expect(network({ mode: 'keep', categories: { network: 'truncate' }, ipv4Prefix: 16, ipv6Prefix: 32 })).toMatchObject({
      ipAddress: '10.139.0.0',
      reflexiveIPAddress: '2001:db8:0:0:0:0:0:0',
    })
  })

  it('follows the mode of each category over the general mode', () => {
    const out = redactCallRecord(record(), { mode: 'pseudonymize', key: KEY, categories: { device: 'keep', freeText: 'drop', name: 'mask' } }) as any
    expect(out.sessions[0].caller.name).toBe("Abbie's laptop")
    expect(out.sessions[0].caller.feedback.text).toBeUndefined()
    expect(out.organizer_v2.identity.user.displayName).toBe('redacted')
  })

  it('gives different tokens under different keys, and the same under one', () => {
    const a = redactCallRecord(record(), { mode: 'pseudonymize', key: KEY })
    expect(redactCallRecord(record(), { mode: 'pseudonymize', key: KEY })).toEqual(a)
    expect((redactCallRecord(record(), { mode: 'pseudonymize', key: OTHER_KEY }) as any).organizer_v2.id).not.toBe((a as any).organizer_v2.id)
  })

  it('refuses wrong options with a message that never quotes the key', () => {
    const short = 'short-secret'
    for (const options of [
      { mode: 'pseudonymize', key: short },
      { mode: 'pseudonymize' },
      { mode: 'scramble', key: KEY },
      { mode: 'mask', categories: { phone: 'drop' } },
      { mode: 'mask', categories: { network: 'truncate' }, ipv4Prefix: 33 },
    ] as RedactOptions[]) {
      let message = ''
      try {
        redactCallRecord(record(), options)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message, JSON.stringify(options.mode)).not.toBe('')
      expect(message).not.toContain(short)
      expect(message).not.toContain(KEY)
    }
  })
})

describe('redact with any schema', () => {
  it('redacts a page of PSTN rows (beta), its control information kept', () => {
    const page = {
      '@odata.count': 1,
      value: [
        {
          id: 'row-1',
          callerNumber: '+12345678901',
          calleeNumber: '+10987654321',
          userDisplayName: 'Abbie Wilkins',
          charge: 0.5,
          clientPublicIpV4Address: '203.0.113.7',
        },
      ],
    }
    const out = redact(beta.PstnCallLogRowCollectionResponse, page, { mode: 'pseudonymize', key: KEY }) as any
    expect(out['@odata.count']).toBe(1)
    expect(out.value[0]).toMatchObject({ id: 'row-1', charge: 0.5 })
    expect(out.value[0].callerNumber).toMatch(/^pseudo-/)
    expect(out.value[0].clientPublicIpV4Address).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
    expect(JSON.stringify(out)).not.toMatch(/12345678901|Abbie|203\.0\.113\.7/)
  })

  it('reads the keyword, not names: a schema tagged by hand is redacted, the same schema untagged is not', () => {
    const tagged = { ...v1.Session, properties: { ...v1.Session.properties, id: { ...v1.Session.properties.id, [PERSONAL_DATA]: 'identifier' } } }
    const session = { id: 'e523d2ed-2966-4b6b-925b-754a88034cc5', modalities: ['audio'] }
    expect(redact(tagged as TSchema, session, { mode: 'drop' })).toEqual({ modalities: ['audio'] })
    expect(redact(v1.Session, session, { mode: 'drop' })).toEqual(session)
  })
})
