import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planVersion } from '../../scripts/generate/plan.js'

const metadata = join(import.meta.dirname, '../../metadata')

describe('the plan of the generator', () => {
  const plan = planVersion(metadata, 'v1.0')

  it('names a microsoft.graph type that callRecords also declares with Graph in front', () => {
    const names = plan.objects.map((o) => o.name)
    expect(names).toContain('GraphUserIdentity')
    expect(names).toContain('UserIdentity')
  })

  it('refers to a type with subtypes through its union, and spreads the base object itself', () => {
    const endpoint = plan.objects.find((o) => o.name === 'ParticipantEndpoint')!
    expect(endpoint.base).toEqual({ name: 'Endpoint', path: 'callRecords/endpoint' })
    const declaring = plan.objects.find((o) => o.name === 'Endpoint')!
    expect(declaring.properties.find((p) => p.name === 'userAgent')?.ref).toEqual({ name: 'AnyUserAgent', path: 'callRecords/anyUserAgent' })
  })

  it('gives the container root no schema, and lists its collection as a page', () => {
    expect(plan.objects.map((o) => o.qualifiedName)).not.toContain('microsoft.graph.cloudCommunications')
    expect(plan.registry.map((r) => r.qualifiedName)).not.toContain('microsoft.graph.cloudCommunications')
    const records = plan.pages.find((p) => p.name === 'CallRecordCollectionResponse')!
    expect(records.sources).toEqual(['GET /communications/callRecords'])
    expect(plan.pages.find((p) => p.name === 'PstnCallLogRowCollectionResponse')?.sources).toEqual(['getPstnCalls(fromDateTime, toDateTime)'])
  })

  it('names the parsers after their schemas, in name order', () => {
    const names = plan.parsed.map((p) => p.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(names).toEqual(expect.arrayContaining(['CallRecord', 'Session', 'PstnCallLogRow', 'SessionCollectionResponse', 'ChangeNotificationCollection']))
    expect(names).not.toContain('ParticipantBase')
  })

  it('is plain data: the same CSDL gives the same plan', () => {
    expect(JSON.parse(JSON.stringify(planVersion(metadata, 'v1.0')))).toEqual(JSON.parse(JSON.stringify(plan)))
  })
})
