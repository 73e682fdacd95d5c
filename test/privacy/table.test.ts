/**
 * The reviewed table of personal data (metadata/personal-data.json) against the CSDL and the generated
 * schemas: every property whose name looks personal is reviewed, every entry names a real property,
 * and every tagged property carries its category on the schema.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readCsdl } from '../../scripts/csdl.js'
import { planVersion } from '../../scripts/generate/plan.js'
import { readPersonalData, unknownEntries, unreviewed } from '../../scripts/generate/personalData.js'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { PERSONAL_DATA } from '../../src/schema/keywords.js'

const metadata = join(import.meta.dirname, '../../metadata')
const table = readPersonalData(metadata)
const csdls = { 'v1.0': readCsdl(metadata, 'v1.0'), beta: readCsdl(metadata, 'beta') }

const copies: string[] = []
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

/** A copy of metadata/ whose v1.0 CSDL declares one more string property on networkInfo. */
const withNewProperty = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-privacy-'))
  copies.push(dir)
  cpSync(metadata, dir, { recursive: true })
  const file = join(dir, 'csdl-callRecords-v1.0.xml')
  const xml = readFileSync(file, 'utf8')
  const anchor = /(<ComplexType Name="networkInfo"[^>]*>)/
  expect(xml).toMatch(anchor)
  writeFileSync(file, xml.replace(anchor, `$1<Property Name="${name}" Type="Edm.String" />`))
  return dir
}

describe('the reviewed table of personal data', () => {
  it.each(['v1.0', 'beta'] as const)('%s: reviews every string property whose name looks personal, and every open type', (version) => {
    expect(unreviewed(csdls[version], table)).toEqual([])
  })

  it('names only types and properties that exist, in one version at least', () => {
    const unknown = unknownEntries(csdls['v1.0'], table).filter((key) => unknownEntries(csdls.beta, table).includes(key))
    expect(unknown).toEqual([])
    expect(Object.keys(table.personal).length).toBeGreaterThan(40)
  })

  it.each(['secondaryPhoneNumber', 'homeAddress', 'managerDisplayName', 'email', 'deviceOwnerId'])(
    'makes the generator fail when the CSDL gains an unreviewed property %s',
    (name) => {
      const dir = withNewProperty(name)
      expect(unreviewed(readCsdl(dir, 'v1.0'), table)).toEqual([`microsoft.graph.callRecords.networkInfo/${name}`])
      expect(() => planVersion(dir, 'v1.0')).toThrow(new RegExp(`networkInfo/${name}`))
    },
  )

  it('lets a new property through once it is reviewed, and one whose name does not look personal', () => {
    expect(() => planVersion(withNewProperty('averageWidgetRatio'), 'v1.0')).not.toThrow()
  })
})

type Schemas = Record<string, unknown>
const propertyOf = (module: Schemas, schema: string, property: string): Record<string, unknown> =>
  (module[schema] as { properties: Record<string, Record<string, unknown>> }).properties[property]!

describe('the schemas carry the table as x-personal-data', () => {
  it.each([
    ['CallRecord', 'joinWebUrl', 'identifier'],
    ['Participant', 'id', 'identifier'],
    ['Organizer', 'id', 'identifier'],
    ['Identity', 'id', 'identifier'],
    ['Identity', 'displayName', 'name'],
    ['CommunicationsUserIdentity', 'displayName', 'name'],
    ['UserIdentity', 'userPrincipalName', 'identifier'],
    ['NetworkInfo', 'ipAddress', 'network'],
    ['NetworkInfo', 'basicServiceSetIdentifier', 'network'],
    ['TraceRouteHop', 'ipAddress', 'network'],
    ['DeviceInfo', 'captureDeviceName', 'device'],
    ['UserAgent', 'headerValue', 'device'],
    ['ClientUserAgent', 'headerValue', 'device'],
    ['UserFeedback', 'text', 'freeText'],
    ['PstnCallLogRow', 'callerNumber', 'contact'],
    ['DirectRoutingLogRow', 'userPrincipalName', 'identifier'],
    ['CommunicationsGuestIdentity', 'email', 'contact'],
  ])('v1.0 %s.%s is %s', (schema, property, category) => {
    expect(propertyOf(v1, schema, property)[PERSONAL_DATA]).toBe(category)
  })

  it.each([
    ['SmsLogRow', 'destinationNumber', 'contact'],
    ['PstnBlockedUsersLogRow', 'blockReason', 'freeText'],
    ['PstnCallLogRow', 'clientPublicIpV6Address', 'network'],
    ['PstnCallLogRow', 'userId', 'identifier'],
  ])('beta %s.%s is %s', (schema, property, category) => {
    expect(propertyOf(beta, schema, property)[PERSONAL_DATA]).toBe(category)
  })

  it('leaves the ids of records and the reviewed-not-personal names untagged', () => {
    for (const [schema, property] of [
      ['CallRecord', 'id'],
      ['Session', 'id'],
      ['Segment', 'id'],
      ['NetworkInfo', 'relayIPAddress'],
      ['DeviceInfo', 'captureDeviceDriver'],
      ['ParticipantEndpoint', 'cpuName'],
    ] as const) {
      expect(propertyOf(v1, schema, property)[PERSONAL_DATA], `${schema}.${property}`).toBeUndefined()
    }
  })

  it('marks the undeclared properties of identities and identity sets as personal, not those of feedback tokens', () => {
    expect((v1.Identity as Record<string, unknown>)[PERSONAL_DATA]).toBe('identifier')
    expect((v1.CommunicationsUserIdentity as Record<string, unknown>)[PERSONAL_DATA]).toBe('identifier')
    expect((v1.CommunicationsIdentitySet as Record<string, unknown>)[PERSONAL_DATA]).toBe('identifier')
    expect((v1.FeedbackTokenSet as Record<string, unknown>)[PERSONAL_DATA]).toBeUndefined()
  })

  it('tags every personal entry of the table on the schema of a type that has the property', () => {
    for (const [module, version] of [
      [v1, 'v1.0'],
      [beta, 'beta'],
    ] as const) {
      const types = (module as unknown as { GraphTypes: Record<string, { properties?: Record<string, Record<string, unknown>> }> }).GraphTypes
      for (const [key, entry] of Object.entries(table.personal)) {
        const [type, property] = [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)]
        const schema = types[type]
        if (!schema?.properties?.[property]) continue
        expect(schema.properties[property]![PERSONAL_DATA], `${version} ${key}`).toBe(entry.category)
      }
    }
  })
})
