/**
 * The pure step of the generator: the CSDL of one API version turned into a plan, plain data that says
 * every module to write (its path, names, imports and texts) without writing any. The printers turn
 * each part of the plan into the text of one module.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GraphModel } from '../../src/model/types.js'
import { allProperties, derivedTypes, isOpen, readCsdl, rootTypes, type ApiVersion, type CsdlModel, type CsdlStructured } from '../csdl.js'
import type { PersonalDataCategory } from '../../src/schema/personalDataCategory.js'
import { buildModel } from './model.js'
import { categoryOf, openCategoryOf, readPersonalData, unreviewed } from './personalData.js'
import { pascal } from './text.js'

const NAMESPACE = 'microsoft.graph.callRecords'

/** A schema that a module imports: its export name and module path (below src/schema/<version>/, no extension). */
export interface SchemaRef {
  readonly name: string
  readonly path: string
}

export interface EnumPlan {
  readonly qualifiedName: string
  readonly name: string
  readonly path: string
  readonly members: readonly string[]
  readonly summary: string | undefined
  readonly docsUrl: string
}

export interface PropertyPlan {
  readonly name: string
  /** The Edm type, for a primitive. */
  readonly edmType?: string
  /** The schema of its type (or items' type), for a structured or enum type. */
  readonly ref?: SchemaRef
  readonly collection: boolean
  readonly nullable: boolean
  readonly navigation: boolean
  readonly description?: string
  readonly deprecated?: string
  /** The category of personal data it holds, from metadata/personal-data.json. */
  readonly personalData?: PersonalDataCategory
  /** An inherited property that this type declares again, because here it holds personal data. */
  readonly inherited?: boolean
}

export interface ObjectPlan {
  readonly qualifiedName: string
  readonly name: string
  readonly path: string
  readonly summary: string | undefined
  readonly docsUrl: string
  /** The base type's own schema (not its polymorphic union), whose properties it spreads. */
  readonly base?: SchemaRef
  /** `microsoft.graph.entity`: the root of the entities, which carries `@odata.context` and `@odata.id`. */
  readonly entityRoot: boolean
  readonly abstract: boolean
  readonly open: boolean
  /** For an open type: the category of personal data of the properties the CSDL does not declare. */
  readonly personalOpen?: PersonalDataCategory
  /** Declared on the type itself, in CSDL order. */
  readonly properties: readonly PropertyPlan[]
  /** The deprecated properties, inherited ones included, with Graph's note. */
  readonly deprecated: readonly { readonly name: string; readonly note: string }[]
}

export interface PolymorphicPlan {
  /** The qualified name of the declared type. */
  readonly base: string
  /** Its CSDL name (`endpoint`). */
  readonly baseName: string
  readonly abstract: boolean
  readonly name: string
  readonly path: string
  /** The concrete types a value may be: the base (when concrete) and its subtypes, with their CSDL names. */
  readonly members: readonly (SchemaRef & { readonly csdlName: string })[]
  readonly docsUrl: string
}

export interface PagePlan {
  readonly qualifiedName: string
  readonly name: string
  readonly path: string
  /** The CSDL name of the items' type (`session`). */
  readonly itemName: string
  readonly item: SchemaRef
  /** Where Graph returns it: the list operation, navigation properties, functions. */
  readonly sources: readonly string[]
}

/** A schema of the registry `GraphTypes`. */
export interface RegistryEntry extends SchemaRef {
  readonly qualifiedName: string
}

/** A schema that gets named parsers (`parseCallRecord`, `safeParseCallRecord`). */
export interface ParsedPlan {
  readonly qualifiedName: string
  readonly name: string
}

export interface Plan {
  readonly version: ApiVersion
  readonly enums: readonly EnumPlan[]
  readonly objects: readonly ObjectPlan[]
  readonly polymorphics: readonly PolymorphicPlan[]
  readonly pages: readonly PagePlan[]
  /** Sorted by qualified name. */
  readonly registry: readonly RegistryEntry[]
  /** Sorted by name. */
  readonly parsed: readonly ParsedPlan[]
  readonly model: GraphModel
}

const short = (ns: string): string => (ns === NAMESPACE ? 'callRecords' : 'graph')

/** The page of the type's documentation in Microsoft Learn. */
const docsPage = (qualifiedName: string, version: ApiVersion, isEnum = false): string => {
  const view = `?view=graph-rest-${version === 'v1.0' ? '1.0' : 'beta'}`
  // Enumerations have no page of their own: the overview of the API lists them.
  if (isEnum) return `https://learn.microsoft.com/graph/api/resources/callrecords-api-overview${view}`
  const [ns, name] = [qualifiedName.slice(0, qualifiedName.lastIndexOf('.')), qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)]
  const page = ns === NAMESPACE ? `callrecords-${name.toLowerCase()}` : name.toLowerCase()
  return `https://learn.microsoft.com/graph/api/resources/${page}${view}`
}

/** The item type of a `Collection(…)` type, or the type itself. */
export const itemOf = (type: string): string => type.replace(/^Collection\((.+)\)$/, '$1')

/** The CSDL with the types of the container's singletons set apart: they root the paths and get no schema. */
const schemaTypes = (csdl: CsdlModel): CsdlStructured[] => {
  const roots = rootTypes(csdl)
  return [...csdl.types.values()].filter((t) => !roots.has(t.qualifiedName))
}

/** Plans the modules of `version` from the CSDL in `dir` (the project's `metadata/`, or a copy of it). */
export const planVersion = (dir: string, version: ApiVersion): Plan => {
  const csdl = readCsdl(dir, version)
  const summaries = JSON.parse(readFileSync(join(dir, 'summaries.json'), 'utf8')) as Record<string, string>
  const types = schemaTypes(csdl)
  const personal = readPersonalData(dir)
  const missing = unreviewed(csdl, personal)
  if (missing.length > 0) {
    throw new Error(`${version}: properties whose names look personal are not reviewed in metadata/personal-data.json:\n  ${missing.join('\n  ')}`)
  }

  // How the generated code names each Graph type: PascalCase, `Graph` before a microsoft.graph name that callRecords also uses.
  const callRecordsNames = new Set([...types, ...csdl.enums.values()].filter((t) => t.namespace === NAMESPACE).map((t) => t.name))
  const nameOf = (qualifiedName: string): string => {
    const type = csdl.types.get(qualifiedName) ?? csdl.enums.get(qualifiedName)!
    const clash = type.namespace !== NAMESPACE && callRecordsNames.has(type.name)
    return (clash ? 'Graph' : '') + pascal(type.name)
  }
  const pathOf = (qualifiedName: string): string => {
    const type = csdl.types.get(qualifiedName) ?? csdl.enums.get(qualifiedName)!
    return `${short(type.namespace)}/${type.name}`
  }
  // A value declared as a type with subtypes is any of them: such types get an `Any…` union.
  const polymorphic = new Set(
    types.filter((t) => t.qualifiedName !== 'microsoft.graph.entity' && derivedTypes(csdl, t.qualifiedName).length > 0).map((t) => t.qualifiedName),
  )
  const anyRef = (qualifiedName: string): SchemaRef => {
    const type = csdl.types.get(qualifiedName)!
    return { name: `Any${nameOf(qualifiedName)}`, path: `${short(type.namespace)}/any${pascal(type.name)}` }
  }
  /** The schema a property of this type refers to: the union when the type has subtypes. */
  const refer = (qualifiedName: string): SchemaRef =>
    polymorphic.has(qualifiedName) ? anyRef(qualifiedName) : { name: nameOf(qualifiedName), path: pathOf(qualifiedName) }

  const enums: EnumPlan[] = [...csdl.enums.values()].map((e) => ({
    qualifiedName: e.qualifiedName,
    name: nameOf(e.qualifiedName),
    path: pathOf(e.qualifiedName),
    members: e.members,
    summary: summaries[e.qualifiedName],
    docsUrl: docsPage(e.qualifiedName, version, true),
  }))

  const objects: ObjectPlan[] = types.map((type) => ({
    qualifiedName: type.qualifiedName,
    name: nameOf(type.qualifiedName),
    path: pathOf(type.qualifiedName),
    summary: summaries[type.qualifiedName],
    docsUrl: docsPage(type.qualifiedName, version),
    ...(type.baseType ? { base: { name: nameOf(type.baseType), path: pathOf(type.baseType) } } : {}),
    entityRoot: type.qualifiedName === 'microsoft.graph.entity',
    abstract: type.abstract,
    open: isOpen(csdl, type),
    ...(openCategoryOf(csdl, personal, type) && isOpen(csdl, type) ? { personalOpen: openCategoryOf(csdl, personal, type)! } : {}),
    properties: [
      // An inherited property that is personal here but not in its base (participantBase.id) is declared again.
      ...allProperties(csdl, type)
        .filter((p) => !type.properties.includes(p))
        .filter((p) => {
          const base = type.baseType ? csdl.types.get(type.baseType)! : undefined
          const here = categoryOf(csdl, personal, type, p.name)
          return here !== undefined && (base === undefined || categoryOf(csdl, personal, base, p.name) !== here)
        })
        .map((p) => ({ ...p, inherited: true })),
      ...type.properties,
    ].map((p) => {
      const category = categoryOf(csdl, personal, type, p.name)
      return {
        name: p.name,
        ...(p.type.startsWith('Edm.') ? { edmType: p.type } : { ref: refer(p.type) }),
        collection: p.collection,
        nullable: p.nullable,
        navigation: p.navigation,
        ...(p.description === undefined ? {} : { description: p.description }),
        ...(p.deprecated === undefined ? {} : { deprecated: p.deprecated }),
        ...(category === undefined ? {} : { personalData: category }),
        ...('inherited' in p ? { inherited: true } : {}),
      }
    }),
    deprecated: allProperties(csdl, type).flatMap((p) => (p.deprecated ? [{ name: p.name, note: p.deprecated }] : [])),
  }))

  const polymorphics: PolymorphicPlan[] = [...polymorphic].map((base) => {
    const type = csdl.types.get(base)!
    return {
      base,
      baseName: type.name,
      abstract: type.abstract,
      ...anyRef(base),
      members: [type, ...derivedTypes(csdl, base)]
        .filter((t) => !t.abstract)
        .map((m) => ({ name: nameOf(m.qualifiedName), path: pathOf(m.qualifiedName), csdlName: m.name })),
      docsUrl: docsPage(base, version),
    }
  })

  // Pages: the collections a client lists (the container's contained collections and the contained
  // navigation below them) and the collections the functions return.
  const roots = rootTypes(csdl)
  const collections = (t: CsdlStructured) => t.properties.filter((p) => p.navigation && p.collection)
  const listed = [...csdl.types.values()].filter((t) => roots.has(t.qualifiedName)).flatMap((t) => collections(t).map((p) => ({ owner: t, property: p })))
  const pageItems = new Set<string>([
    ...listed.map((l) => l.property.type),
    ...types.flatMap((t) => collections(t).map((p) => p.type)),
    ...csdl.functions.map((f) => itemOf(f.returnType)),
  ])
  const singletonOf = (type: string) => csdl.singletons.find((s) => s.type === type)!
  const pages: PagePlan[] = [...pageItems].map((item) => {
    const type = csdl.types.get(item)!
    return {
      qualifiedName: `${item}CollectionResponse`,
      name: `${nameOf(item)}CollectionResponse`,
      path: `${short(type.namespace)}/${type.name}CollectionResponse`,
      itemName: type.name,
      item: refer(item),
      sources: [
        ...listed.filter((l) => l.property.type === item).map((l) => `GET /${singletonOf(l.owner.qualifiedName).name}/${l.property.name}`),
        ...types.flatMap((t) =>
          collections(t)
            .filter((p) => p.type === item)
            .map((p) => `${t.name}.${p.name}`),
        ),
        ...csdl.functions.filter((f) => f.returnType === `Collection(${item})`).map((f) => `${f.name}(${f.parameters.map((p) => p.name).join(', ')})`),
      ],
    }
  })

  const registry: RegistryEntry[] = [...types, ...csdl.enums.values()]
    .map((t) => ({ qualifiedName: t.qualifiedName, name: nameOf(t.qualifiedName), path: pathOf(t.qualifiedName) }))
    .concat(pages.map((p) => ({ qualifiedName: p.qualifiedName, name: p.name, path: p.path })))
    .sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName))

  // Named parsers for what a user receives: entities, the rows the functions return, pages, notifications.
  const parsed: ParsedPlan[] = [
    ...types
      .filter((t) => t.kind === 'entity' && !t.abstract && t.namespace === NAMESPACE)
      .map((t) => ({ qualifiedName: t.qualifiedName, name: nameOf(t.qualifiedName) })),
    ...csdl.functions.map((f) => ({ qualifiedName: itemOf(f.returnType), name: nameOf(itemOf(f.returnType)) })),
    ...pages.map((p) => ({ qualifiedName: p.qualifiedName, name: p.name })),
    { qualifiedName: 'microsoft.graph.changeNotificationCollection', name: 'ChangeNotificationCollection' },
  ].sort((a, b) => a.name.localeCompare(b.name))

  const model = buildModel(csdl, types, {
    nameOf,
    pages: pages.map((p) => ({ qualifiedName: p.qualifiedName, schemaName: p.name, itemType: itemOf(p.qualifiedName.replace(/CollectionResponse$/, '')) })),
  })
  return { version, enums, objects, polymorphics, pages, registry, parsed, model }
}
