/**
 * What a payload is, when `--type` does not say: its `@odata.type`, else its `@odata.context`, else its
 * shape (the record type that declares most of its properties; call records win ties).
 */
import type { RecordType, Registry } from './registry.js'

type Json = Record<string, unknown>

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Graph page: an object whose `value` is an array. */
export const isPage = (value: unknown): value is Json & { value: unknown[] } => isObject(value) && Array.isArray(value.value)

/**
 * The type an `@odata.context` URL names: `…$metadata#communications/callRecords/$entity`,
 * `…#communications/callRecords('id')/sessions`, `…#Collection(microsoft.graph.callRecords.pstnCallLogRow)`.
 */
export const typeOfContext = (context: unknown, registry: Registry): RecordType | undefined => {
  if (typeof context !== 'string') return undefined
  const hash = context.indexOf('#')
  if (hash < 0) return undefined
  let fragment = context.slice(hash + 1)
  if (fragment.endsWith('/$entity')) fragment = fragment.slice(0, -'/$entity'.length)
  const collection = /^Collection\(([^()]+)\)$/.exec(fragment)
  if (collection?.[1] !== undefined) return registry.byGraphName(collection[1])
  // The last path segment, without its key or its $expand: callRecords('id'), callRecords(sessions(segments())).
  let depth = 0
  let last = ''
  let current = ''
  for (const c of fragment) {
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (depth === 0) {
      if (c === '/') {
        last = current
        current = ''
      } else current += c
    }
  }
  const segment = current || last
  if (segment.includes('.')) return registry.byGraphName(segment)
  return registry.byNavigation(segment)
}

/** The record type that declares most of the object's properties; call records win ties. */
export const typeOfShape = (value: unknown, registry: Registry): RecordType => {
  if (!isObject(value)) return registry.callRecord
  let best = registry.callRecord
  let bestScore = -1
  for (const type of registry.recordTypes) {
    let score = 0
    for (const key in value) if (type.properties.has(key)) score++
    if (score > bestScore) {
      best = type
      bestScore = score
    }
  }
  return best
}

/** The type of one record (an item of a page, a line, a document), when nothing else says. */
export const detectRecord = (value: unknown, registry: Registry): RecordType => {
  if (isObject(value)) {
    const odataType = value['@odata.type']
    const byType = typeof odataType === 'string' ? registry.byGraphName(odataType) : undefined
    if (byType) return byType
    const byContext = typeOfContext(value['@odata.context'], registry)
    if (byContext) return byContext
  }
  return typeOfShape(value, registry)
}

/** The type of a page's items: its `@odata.context`, else the first item's type; call records when empty. */
export const detectPage = (page: Json & { value: unknown[] }, registry: Registry): RecordType => {
  const byContext = typeOfContext(page['@odata.context'], registry)
  if (byContext) return byContext
  return page.value.length === 0 ? registry.callRecord : detectRecord(page.value[0], registry)
}
