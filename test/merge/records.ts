/**
 * Arbitraries of call-record versions that share ids and overlap: few ids and few values, so that
 * generated versions conflict often, as the versions of one call do.
 */
import fc from 'fast-check'

const timestamp = fc.constantFrom('2026-11-02T09:00:00.0000000Z', '2026-11-02T09:30:00.0000000Z', '2026-11-02T10:00:00.0000000Z')
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 })

const segment = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      startDateTime: timestamp,
      endDateTime: timestamp,
      failureInfo: maybe(fc.record({ reason: fc.constantFrom('a', 'b'), stage: fc.constantFrom('callSetup', 'midcall') }, { requiredKeys: [] })),
      media: fc.array(fc.record({ label: fc.constantFrom('main-audio', 'main-video') }), { maxLength: 2 }),
    },
    { requiredKeys: ['id'] },
  )

/** Items with ids from `ids`; with `duplicates`, now and then one id twice, as Graph has sent. */
const byId = <T>(ids: string[], item: (id: string) => fc.Arbitrary<T>, duplicates: boolean) =>
  fc
    .tuple(fc.subarray(ids), fc.nat({ max: 7 }))
    .chain(([chosen, twice]) => fc.tuple(...(duplicates && twice === 0 && chosen.length > 0 ? [...chosen, chosen[0]!] : chosen).map(item)))
    .map((items) => [...items])

const session = (duplicates: boolean) => (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      isTest: fc.boolean(),
      modalities: fc.subarray(['audio', 'video', 'screenSharing']),
      startDateTime: timestamp,
      failureInfo: maybe(fc.record({ reason: fc.constantFrom('a', 'b', 'c') }, { requiredKeys: [] })),
      segments: byId(['g1', 'g2', 'g3'], segment, duplicates),
    },
    { requiredKeys: ['id'] },
  )

/** One version of the call `id`; with `duplicates`, collections sometimes hold one id twice. */
export const callRecordVersion = (id: fc.Arbitrary<string> = fc.constant('call-1'), withVersion = true, duplicates = false) =>
  fc.record(
    {
      id,
      version: withVersion ? fc.integer({ min: 1, max: 4 }) : fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      lastModifiedDateTime: timestamp,
      type: fc.constantFrom('groupCall', 'peerToPeer', 'unknownFutureValue'),
      modalities: fc.subarray(['audio', 'video', 'data']),
      joinWebUrl: maybe(fc.constantFrom('https://teams/a', 'https://teams/b')),
      organizer_v2: maybe(fc.record({ id: fc.constantFrom('o1', 'o2'), identity: fc.record({ user: fc.record({ id: fc.constant('u1'), displayName: fc.constantFrom('A', 'B') }) }) })),
      sessions: byId(['s1', 's2', 's3'], session(duplicates), duplicates),
      participants_v2: byId(
        ['p1', 'p2'],
        (pid) => fc.record({ id: fc.constant(pid), identity: fc.record({ user: fc.record({ displayName: fc.constantFrom('A', 'B') }) }) }),
        duplicates,
      ),
      'sessions@odata.nextLink': fc.constantFrom('https://graph/next1', 'https://graph/next2'),
    },
    { requiredKeys: ['id', 'version'] },
  ) as fc.Arbitrary<Record<string, unknown>>

const BY_ID = new Set(['sessions', 'segments', 'participants_v2'])

/** Every non-null value that is not a container, by a path that names collection items by id. */
export const leaves = (value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> => {
  if (value === null || value === undefined) return out
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key.includes('@')) continue
      if (BY_ID.has(key) && Array.isArray(item)) for (const entry of item as { id: string }[]) leaves(entry, `${path}/${key}/${entry.id}`, out)
      else leaves(item, `${path}/${key}`, out)
    }
    return out
  }
  out.set(path, value)
  return out
}

/** The record with its id-keyed collections in id order: the form the merge returns them in. */
export const idOrdered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(idOrdered)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      BY_ID.has(key) && Array.isArray(item) ? [...item].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(idOrdered) : idOrdered(item),
    ]),
  )
}
