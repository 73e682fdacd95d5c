/**
 * The schemas the command reads records with, per Graph API version: every named schema of the
 * version, the record types (the items of Graph's pages), and the page that holds each of them.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import { createParser, type Parser } from '../parse/index.js'

import type { ApiVersion } from '../model/types.js'

export type { ApiVersion }

export const API_VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta']

/** A type of record: the schema each record is checked against, and the page schema that holds it. */
export interface RecordType {
  /** The schema name (`CallRecord`, `Session`, `PstnCallLogRow`). */
  readonly name: string
  readonly schema: TSchema
  readonly parser: Parser<TSchema>
  /** The page of this type (`SessionCollectionResponse`), whose control information is checked too. */
  readonly page?: { readonly name: string; readonly parser: Parser<TSchema> }
  /** The properties the type declares, to recognise a record by its shape. */
  readonly properties: ReadonlySet<string>
}

export interface Registry {
  readonly apiVersion: ApiVersion
  readonly callRecord: RecordType
  /** The types of Graph's pages' items and of change notifications: the candidates for detection. */
  readonly recordTypes: readonly RecordType[]
  /** A schema by name, case-insensitive; a page name gives the type of its items. */
  byName(name: string): RecordType | undefined
  /** A schema by qualified Graph name (`microsoft.graph.callRecords.session`), case-insensitive. */
  byGraphName(name: string): RecordType | undefined
  /** The names `--type` accepts for records and pages, for help and error messages. */
  readonly names: readonly string[]
}

const isSchema = (value: unknown): value is TSchema => typeof value === 'object' && value !== null && Kind in value

const graphName = (schema: TSchema): string | undefined => (typeof schema.$id === 'string' ? schema.$id : undefined)

/** The schema of a page's items, when `schema` is a page (an object whose `value` is an array of a named type). */
const pageItem = (schema: TSchema): string | undefined => {
  const value = (schema.properties as Record<string, TSchema> | undefined)?.value
  if (value?.type !== 'array' || !isSchema(value.items)) return undefined
  return graphName(value.items)
}

const build = (apiVersion: ApiVersion, namespace: Record<string, unknown>): Registry => {
  const named = new Map<string, TSchema>()
  for (const [name, value] of Object.entries(namespace)) if (isSchema(value) && name !== 'GraphTypes') named.set(name, value)
  const nameOfGraphName = new Map<string, string>()
  for (const [name, schema] of named) {
    const id = graphName(schema)
    if (id !== undefined && !nameOfGraphName.has(id.toLowerCase())) nameOfGraphName.set(id.toLowerCase(), name)
  }
  // Each page, by the qualified name of its items.
  const pageOf = new Map<string, string>()
  for (const [name, schema] of named) {
    const item = pageItem(schema)
    if (item !== undefined && !pageOf.has(item)) pageOf.set(item, name)
  }

  const types = new Map<string, RecordType>()
  const typeOf = (name: string): RecordType => {
    const known = types.get(name)
    if (known) return known
    const schema = named.get(name)
    if (schema === undefined) throw new Error(`no schema named ${name}`)
    const id = graphName(schema)
    const pageName = id === undefined ? undefined : pageOf.get(id)
    const pageSchema = pageName === undefined ? undefined : named.get(pageName)
    const properties = new Set(Object.keys((schema.properties as object | undefined) ?? {}))
    const type: RecordType = {
      name,
      schema,
      parser: createParser(schema),
      ...(pageName !== undefined && pageSchema !== undefined ? { page: { name: pageName, parser: createParser(pageSchema) } } : {}),
      properties,
    }
    types.set(name, type)
    return type
  }

  const byLowerName = new Map<string, string>()
  for (const name of named.keys()) byLowerName.set(name.toLowerCase(), name)

  const resolve = (name: string | undefined): RecordType | undefined => {
    if (name === undefined) return undefined
    const schema = named.get(name)
    if (schema === undefined) return undefined
    // A page stands for its items.
    const item = pageItem(schema)
    const itemName = item === undefined ? undefined : nameOfGraphName.get(item.toLowerCase())
    return typeOf(itemName ?? name)
  }

  // The candidates for detection: the items of every page (call records first: they win ties).
  const recordNames = [...new Set([...pageOf.keys()].map((id) => nameOfGraphName.get(id.toLowerCase())).filter((n) => n !== undefined))]
  recordNames.sort((a, b) => (a === 'CallRecord' ? -1 : b === 'CallRecord' ? 1 : 0))
  const recordTypes = recordNames.map(typeOf)
  const pageNames = [...pageOf.values()]

  return {
    apiVersion,
    callRecord: typeOf('CallRecord'),
    recordTypes,
    byName: (name) => resolve(byLowerName.get(name.toLowerCase())),
    byGraphName: (name) => resolve(nameOfGraphName.get(name.replace(/^#/, '').toLowerCase())),
    names: [...recordNames, ...pageNames.filter((n) => !recordNames.includes(n))],
  }
}

/** The registry of `apiVersion`; only that version's schemas are loaded. */
export const registry = async (apiVersion: ApiVersion): Promise<Registry> =>
  build(apiVersion, apiVersion === 'beta' ? await import('../schema/beta/index.js') : await import('../schema/v1.0/index.js'))
