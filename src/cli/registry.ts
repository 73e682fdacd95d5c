/**
 * The schemas the command reads records with, per Graph API version: every named schema of the
 * version, the record types (the items of Graph's pages), and the page that holds each of them, as the
 * version's model says.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import type { GraphModel } from '../model/types.js'
import { createParser, type Parser } from '../parse/index.js'
import { ChangeNotification, ChangeNotificationCollection } from '../schema/changeNotification.js'

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
  /** The model of the version, for the merge. */
  readonly model: GraphModel
  readonly callRecord: RecordType
  /** The types of Graph's pages' items and of change notifications: the candidates for detection. */
  readonly recordTypes: readonly RecordType[]
  /** A schema by name, case-insensitive; a page name gives the type of its items. */
  byName(name: string): RecordType | undefined
  /** A schema by qualified Graph name (`microsoft.graph.callRecords.session`), case-insensitive. */
  byGraphName(name: string): RecordType | undefined
  /** The type a navigation segment of a path names (`sessions`, `callRecords`), case-insensitive. */
  byNavigation(name: string): RecordType | undefined
  /** The names `--type` accepts for records and pages, for help and error messages. */
  readonly names: readonly string[]
}

const isSchema = (value: unknown): value is TSchema => typeof value === 'object' && value !== null && Kind in value

const graphName = (schema: TSchema): string | undefined => (typeof schema.$id === 'string' ? schema.$id : undefined)

/**
 * The registry of one version from its model and its schema module: the record types, the pages and
 * the navigation names all come from the model, so that a change of the CSDL reaches the command
 * without a change of its code.
 */
export const buildRegistry = (model: GraphModel, namespace: Record<string, unknown>): Registry => {
  const apiVersion = model.apiVersion
  const named = new Map<string, TSchema>()
  for (const [name, value] of Object.entries(namespace)) if (isSchema(value) && name !== 'GraphTypes') named.set(name, value)
  const nameOfGraphName = new Map<string, string>()
  for (const [name, schema] of named) {
    const id = graphName(schema)
    if (id !== undefined && !nameOfGraphName.has(id.toLowerCase())) nameOfGraphName.set(id.toLowerCase(), name)
  }
  const schemaName = (qualifiedName: string): string | undefined => nameOfGraphName.get(qualifiedName.toLowerCase())
  // Each page, by the qualified name of its items; each page name, with its items' schema name.
  const pageOf = new Map<string, string>()
  const itemOfPage = new Map<string, string>()
  // Change notifications are not in the CSDL: their page comes with their schemas.
  const notificationPage = graphName(ChangeNotificationCollection)!
  const notifications = { qualifiedName: notificationPage, schemaName: schemaName(notificationPage) ?? '', itemType: graphName(ChangeNotification)! }
  const pages = [...model.pages, notifications].sort((a, b) => (a.schemaName < b.schemaName ? -1 : a.schemaName > b.schemaName ? 1 : 0))
  for (const page of pages) {
    const item = schemaName(page.itemType)
    if (item === undefined || !named.has(page.schemaName)) continue
    pageOf.set(page.itemType, page.schemaName)
    itemOfPage.set(page.schemaName, item)
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

  // A page stands for its items.
  const resolve = (name: string | undefined): RecordType | undefined =>
    name === undefined || !named.has(name) ? undefined : typeOf(itemOfPage.get(name) ?? name)

  // The collection at the root of the paths holds the call records: they win ties.
  const root = model.paths.find((p) => p.kind === 'collection' && p.keys.length === 0)
  const callRecordName = (root && schemaName(root.type)) ?? 'CallRecord'
  // The candidates for detection: the items of the pages, in page-name order (call records first).
  const recordNames = [...new Set([...pageOf.keys()].map(schemaName).filter((n) => n !== undefined))]
  recordNames.sort((a, b) => (a === callRecordName ? -1 : b === callRecordName ? 1 : 0))
  const recordTypes = recordNames.map(typeOf)
  const pageNames = [...pageOf.values()]

  // The type each navigation segment of a path names: `sessions` → session.
  const navigation = new Map<string, string>()
  for (const path of model.paths) {
    const last = path.navigation[path.navigation.length - 1]
    if (last !== undefined && path.kind !== 'count' && path.kind !== 'function' && !navigation.has(last.toLowerCase()))
      navigation.set(last.toLowerCase(), path.type)
  }

  return {
    apiVersion,
    model,
    callRecord: typeOf(callRecordName),
    recordTypes,
    byName: (name) => resolve(byLowerName.get(name.toLowerCase())),
    byGraphName: (name) => resolve(nameOfGraphName.get(name.replace(/^#/, '').toLowerCase())),
    byNavigation: (name) => {
      const type = navigation.get(name.toLowerCase())
      return type === undefined ? undefined : resolve(schemaName(type))
    },
    names: [...recordNames, ...pageNames.filter((n) => !recordNames.includes(n))],
  }
}

/** The registry of `apiVersion`; only that version's schemas and model are loaded. */
export const registry = async (apiVersion: ApiVersion): Promise<Registry> =>
  apiVersion === 'beta'
    ? buildRegistry((await import('../model/beta.js')).GraphModelBeta, await import('../schema/beta/index.js'))
    : buildRegistry((await import('../model/v1.0.js')).GraphModelV1, await import('../schema/v1.0/index.js'))
