/**
 * Arbitraries of call-record versions that share ids and overlap: few ids and few values, so that
 * generated versions conflict often, as the versions of one call do.
 */
import fc from 'fast-check'
import { canonicalJson } from '../../src/merge/canonicalJson.js'

const timestamp = fc.constantFrom('2026-11-02T09:00:00.0000000Z', '2026-11-02T09:30:00.0000000Z', '2026-11-02T10:00:00.0000000Z')

/**
 * Times as records that were not parsed first carry them: one instant in several spellings (offsets,
 * fewer fractional digits), and instants whose text order is not their time order (`…24.58Z` is
 * earlier than `…24.582Z` but sorts after it).
 */
export const unparsedTimestamp = fc.constantFrom(
  '2026-11-02T10:00:00.0000000Z',
  '2026-11-02T10:00:00Z',
  '2026-11-02T12:00:00+02:00',
  '2026-11-02T05:30-04:30',
  '2026-11-02T10:00:24.58Z',
  '2026-11-02T10:00:24.582Z',
  '2026-11-02T12:00:24.5815+02:00',
)

/** Keys that reach a prototype or a method when a value is built carelessly, and keys JSON Pointer escapes. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'a/b', 'c~d', '~1', 'isAdmin'] as const

/**
 * An open-type value (as `organizer` is) with hostile keys, built by `JSON.parse` so that `__proto__` is
 * an own key, as it is in a record read from JSON.
 */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(
    fc.constantFrom(...HOSTILE_KEYS).chain((key) =>
      // Under `__proto__` an object, which a careless merge makes the prototype; plain values elsewhere.
      fc.tuple(fc.constant(key), key === '__proto__' ? fc.constantFrom({ isAdmin: true }, { isAdmin: false }) : fc.constantFrom<unknown>('x', 'y', 1)),
    ),
    { selector: ([k]) => k, maxLength: 4 },
  )
  .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<string, unknown>)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 })

const segment = (id: string | undefined) =>
  fc
    .record(
      {
        id: fc.constant(id),
        startDateTime: timestamp,
        endDateTime: timestamp,
        failureInfo: maybe(fc.record({ reason: fc.constantFrom('a', 'b'), stage: fc.constantFrom('callSetup', 'midcall') }, { requiredKeys: [] })),
        media: fc.array(fc.record({ label: fc.constantFrom('main-audio', 'main-video') }), { maxLength: 2 }),
      },
      { requiredKeys: ['id'] },
    )
    .map(withoutUndefined)

/**
 * Items with ids from `ids`; with `duplicates`, now and then one id twice, as Graph has sent; with
 * `idless`, now and then items without an id (`Session.id` is optional), from a small set of contents
 * so that versions share some.
 */
const byId = <T>(ids: string[], item: (id: string | undefined) => fc.Arbitrary<T>, duplicates: boolean, idless = false) =>
  fc
    .tuple(fc.subarray(ids), fc.nat({ max: 7 }), idless ? fc.nat({ max: 2 }) : fc.constant(0))
    .chain(([chosen, twice, without]) =>
      fc.tuple(
        ...[...(duplicates && twice === 0 && chosen.length > 0 ? [...chosen, chosen[0]!] : chosen), ...Array<undefined>(without).fill(undefined)].map(item),
      ),
    )
    .map((items) => [...items])

const session = (duplicates: boolean, idless: boolean) => (id: string | undefined) =>
  fc
    .record(
      {
        id: fc.constant(id),
        isTest: fc.boolean(),
        modalities: fc.subarray(['audio', 'video', 'screenSharing']),
        startDateTime: timestamp,
        failureInfo: maybe(fc.record({ reason: fc.constantFrom('a', 'b', 'c') }, { requiredKeys: [] })),
        // An item without id is known by its content: the test names it so only when it repeats no id inside.
        segments: byId(['g1', 'g2', 'g3'], segment, duplicates && id !== undefined, idless),
      },
      { requiredKeys: ['id'] },
    )
    .map(withoutUndefined)

/** The item without the keys the generator left `undefined` (an item without id has no `id` key). */
const withoutUndefined = <T extends object>(item: T): T => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T

/** What the record generator may add beyond plain versions. */
export interface Hostility {
  /** Collections hold one id twice now and then. */
  readonly duplicates?: boolean
  /** Collections hold items without an id now and then. */
  readonly idless?: boolean
  /** Open-type values carry keys such as `__proto__`, `constructor`, `a/b` (as own keys). */
  readonly hostileKeys?: boolean
  /** Times come spelled as unparsed records spell them (offsets, fewer digits). */
  readonly unparsed?: boolean
}

/** Everything at once: id-less items, duplicate ids, hostile keys and unparsed times. */
export const HOSTILE: Hostility = { duplicates: true, idless: true, hostileKeys: true, unparsed: true }

/** One version of the call `id`; `hostility` says what else it may hold. */
export const callRecordVersion = (id: fc.Arbitrary<string> = fc.constant('call-1'), withVersion = true, hostility: Hostility | boolean = {}) => {
  const { duplicates = false, idless = false, hostileKeys = false, unparsed = false } = typeof hostility === 'boolean' ? { duplicates: hostility } : hostility
  return fc
    .record(
      {
        id,
        version: withVersion ? fc.integer({ min: 1, max: 4 }) : fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        lastModifiedDateTime: unparsed ? unparsedTimestamp : timestamp,
        type: fc.constantFrom('groupCall', 'peerToPeer', 'unknownFutureValue'),
        modalities: fc.subarray(['audio', 'video', 'data']),
        joinWebUrl: maybe(fc.constantFrom('https://teams/a', 'https://teams/b')),
        organizer_v2: maybe(
          fc.record({
            id: fc.constantFrom('o1', 'o2'),
            identity: fc.record({ user: fc.record({ id: fc.constant('u1'), displayName: fc.constantFrom('A', 'B') }) }),
          }),
        ),
        organizer: hostileKeys ? fc.record({ user: hostileObject, application: hostileObject }, { requiredKeys: [] }) : fc.constant(undefined),
        sessions: byId(['s1', 's2', 's3', 'a/b', 'c~d'], session(duplicates, idless), duplicates, idless),
        participants_v2: byId(
          ['p1', 'p2'],
          (pid) =>
            fc
              .record(
                { id: fc.constant(pid), identity: fc.record({ user: fc.record({ displayName: fc.constantFrom('A', 'B') }) }) },
                { requiredKeys: ['identity'] },
              )
              .map(withoutUndefined),
          duplicates,
          idless,
        ),
        'sessions@odata.nextLink': fc.constantFrom('https://graph/next1', 'https://graph/next2'),
      },
      { requiredKeys: ['id', 'version'] },
    )
    .map(withoutUndefined) as fc.Arbitrary<Record<string, unknown>>
}

const BY_ID = new Set(['sessions', 'segments', 'participants_v2'])

/** How a test names an item of a collection: its id, or (without one) its content with collections in id order. */
const itemName = (entry: Record<string, unknown>): string => (typeof entry.id === 'string' ? `#${entry.id}` : canonicalJson(idOrdered(entry)))

/**
 * Every non-null value that is not a container, by a path of own keys (`__proto__` too) that names
 * collection items by id, or by content when they have none.
 */
export const leaves = (value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> => {
  if (value === null || value === undefined) return out
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key.includes('@')) continue
      if (BY_ID.has(key) && Array.isArray(item)) for (const entry of item as Record<string, unknown>[]) leaves(entry, `${path}/${key}/${itemName(entry)}`, out)
      else leaves(item, `${path}/${key}`, out)
    }
    return out
  }
  out.set(path, value)
  return out
}

/** Whether every object in `value` has the prototype of a JSON object (or none): no data key reached one. */
export const plainAllTheWay = (value: unknown): boolean => {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) return value.every(plainAllTheWay)
  const prototype: unknown = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(plainAllTheWay)
}

/** Items in id order, then the items without id by content, equal ones once. */
const byIdThenContent = (items: unknown[]): unknown[] => {
  const id = (item: unknown) => (item as { id?: unknown }).id
  const withId = items
    .filter((item) => typeof id(item) === 'string')
    .sort((a, b) => ((id(a) as string) < (id(b) as string) ? -1 : (id(a) as string) > (id(b) as string) ? 1 : 0))
  const contents = [...new Set(items.filter((item) => typeof id(item) !== 'string').map(canonicalJson))].sort()
  return [...withId, ...contents.map((text) => JSON.parse(text) as unknown)]
}

/** The record with its keyed collections in id order, items without id after them: the form the merge returns them in. */
export const idOrdered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(idOrdered)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      BY_ID.has(key) && Array.isArray(item) ? byIdThenContent(item.map(idOrdered)) : idOrdered(item),
    ]),
  )
}
