/**
 * Reads the CSDL of microsoft.graph.callRecords (and the microsoft.graph types it uses) into a plain
 * model: the input of the schema generator and of the conformance test.
 */
import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'

import type { ApiVersion } from '../src/model/types.js'

export type { ApiVersion }

export interface CsdlProperty {
  name: string
  /** Qualified type name (`Edm.String`, `microsoft.graph.callRecords.endpoint`), aliases resolved. */
  type: string
  collection: boolean
  nullable: boolean
  navigation: boolean
  description?: string
  /** Set when `Org.OData.Core.V1.Revisions` marks the property deprecated: its description. */
  deprecated?: string
  /** The dates of that deprecation, when the annotation gives them (`YYYY-MM-DD`). */
  deprecatedOn?: string
  removalDate?: string
}

export interface CsdlEnum {
  kind: 'enum'
  qualifiedName: string
  namespace: string
  name: string
  members: string[]
}

export interface CsdlStructured {
  kind: 'complex' | 'entity'
  qualifiedName: string
  namespace: string
  name: string
  baseType?: string
  abstract: boolean
  open: boolean
  /** The key declared on this type (`<Key><PropertyRef>`), when it declares one. */
  key?: string[]
  /** Declared on this type only, in CSDL order (structural properties, then navigation properties). */
  properties: CsdlProperty[]
}

export interface CsdlFunction {
  name: string
  namespace: string
  /** The binding parameter's type as written, aliases resolved: `Collection(microsoft.graph.callRecords.callRecord)`. */
  bindingType: string
  parameters: { name: string; type: string; nullable: boolean }[]
  /** As written, aliases resolved: `Collection(microsoft.graph.callRecords.pstnCallLogRow)`. */
  returnType: string
}

/** A singleton of the entity container: a root of the service's paths (`communications`). */
export interface CsdlSingleton {
  name: string
  type: string
}

export interface CsdlModel {
  version: ApiVersion
  enums: Map<string, CsdlEnum>
  types: Map<string, CsdlStructured>
  functions: CsdlFunction[]
  singletons: CsdlSingleton[]
}

const files: Record<ApiVersion, { main: string; descriptions: string; referenced: string }> = {
  'v1.0': {
    main: 'csdl-callRecords-v1.0.xml',
    descriptions: 'csdl-callRecords-v1.0.withDescriptions.xml',
    referenced: 'csdl-referenced-v1.0.xml',
  },
  // The beta CSDL carries no descriptions: those of v1.0 serve where the property is the same.
  beta: {
    main: 'csdl-callRecords-beta.xml',
    descriptions: 'csdl-callRecords-v1.0.withDescriptions.xml',
    referenced: 'csdl-referenced-beta.xml',
  },
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) =>
    [
      'EnumType',
      'Member',
      'ComplexType',
      'EntityType',
      'Property',
      'NavigationProperty',
      'Function',
      'Parameter',
      'Annotations',
      'Annotation',
      'Record',
      'PropertyValue',
      'PropertyRef',
      'Singleton',
    ].includes(name),
})

type Xml = Record<string, any>

const schemaOf = (path: string): Xml => {
  const doc = parser.parse(readFileSync(path, 'utf8')) as Xml
  return doc.Schema as Xml
}

const resolveAlias = (type: string): string => type.replace(/^(Collection\()?graph\./, '$1microsoft.graph.')

const parseType = (raw: string): { type: string; collection: boolean } => {
  const match = /^Collection\((.+)\)$/.exec(raw)
  return match ? { type: resolveAlias(match[1]!), collection: true } : { type: resolveAlias(raw), collection: false }
}

const descriptionOf = (element: Xml): string | undefined =>
  (element.Annotation as Xml[] | undefined)?.find((a) => a.Term === 'Org.OData.Core.V1.Description')?.String

/** Reads the CSDL of one API version from `dir` (the project's `metadata/` folder). */
export const readCsdl = (dir: string, version: ApiVersion): CsdlModel => {
  const paths = files[version]
  const schemas = [schemaOf(`${dir}/${paths.main}`), schemaOf(`${dir}/${paths.referenced}`)]
  const described = schemaOf(`${dir}/${paths.descriptions}`)
  const descriptions = new Map<string, string>()
  for (const kind of ['ComplexType', 'EntityType'] as const) {
    for (const type of (described[kind] ?? []) as Xml[]) {
      for (const property of [...(type.Property ?? []), ...(type.NavigationProperty ?? [])] as Xml[]) {
        const text = descriptionOf(property)
        if (text) descriptions.set(`microsoft.graph.callRecords.${type.Name}/${property.Name}`, text)
      }
    }
  }
  const deprecations = new Map<string, { description: string; date?: string; removalDate?: string }>()
  for (const schema of schemas) {
    for (const annotations of (schema.Annotations ?? []) as Xml[]) {
      for (const annotation of (annotations.Annotation ?? []) as Xml[]) {
        if (annotation.Term !== 'Org.OData.Core.V1.Revisions') continue
        for (const record of (annotation.Collection?.Record ?? []) as Xml[]) {
          const values = Object.fromEntries(((record.PropertyValue ?? []) as Xml[]).map((p) => [p.Property, p.String ?? p.Date ?? p.EnumMember]))
          if (String(values.Kind).endsWith('/Deprecated'))
            deprecations.set(annotations.Target, {
              description: values.Description,
              ...(values.Date === undefined ? {} : { date: values.Date }),
              ...(values.RemovalDate === undefined ? {} : { removalDate: values.RemovalDate }),
            })
        }
      }
    }
  }

  const model: CsdlModel = { version, enums: new Map(), types: new Map(), functions: [], singletons: [] }
  for (const schema of schemas) {
    const namespace = schema.Namespace as string
    for (const element of (schema.EnumType ?? []) as Xml[]) {
      const qualifiedName = `${namespace}.${element.Name}`
      model.enums.set(qualifiedName, {
        kind: 'enum',
        qualifiedName,
        namespace,
        name: element.Name,
        members: ((element.Member ?? []) as Xml[]).map((m) => m.Name as string),
      })
    }
    for (const [tag, kind] of [
      ['ComplexType', 'complex'],
      ['EntityType', 'entity'],
    ] as const) {
      for (const element of (schema[tag] ?? []) as Xml[]) {
        const qualifiedName = `${namespace}.${element.Name}`
        const property = (p: Xml, navigation: boolean): CsdlProperty => {
          const key = `${qualifiedName}/${p.Name}`
          const description = descriptions.get(key)
          const deprecated = deprecations.get(key)
          return {
            name: p.Name,
            ...parseType(p.Type),
            // Nullable defaults to true in CSDL; on a collection it speaks of the items.
            nullable: p.Nullable !== 'false',
            navigation,
            ...(description === undefined ? {} : { description }),
            ...(deprecated === undefined ? {} : { deprecated: deprecated.description }),
            ...(deprecated?.date === undefined ? {} : { deprecatedOn: deprecated.date }),
            ...(deprecated?.removalDate === undefined ? {} : { removalDate: deprecated.removalDate }),
          }
        }
        model.types.set(qualifiedName, {
          kind,
          qualifiedName,
          namespace,
          name: element.Name,
          ...(element.BaseType ? { baseType: resolveAlias(element.BaseType) } : {}),
          abstract: element.Abstract === 'true',
          open: element.OpenType === 'true',
          ...(element.Key ? { key: ((element.Key.PropertyRef ?? []) as Xml[]).map((r) => r.Name as string) } : {}),
          properties: [
            ...((element.Property ?? []) as Xml[]).map((p) => property(p, false)),
            ...((element.NavigationProperty ?? []) as Xml[]).map((p) => property(p, true)),
          ],
        })
      }
    }
    for (const element of (schema.Function ?? []) as Xml[]) {
      const parameters = ((element.Parameter ?? []) as Xml[]).map((p) => ({
        name: p.Name as string,
        type: resolveAlias(p.Type),
        nullable: p.Nullable !== 'false',
      }))
      model.functions.push({
        name: element.Name,
        namespace,
        bindingType: parameters[0]!.type,
        parameters: parameters.slice(1),
        returnType: resolveAlias(element.ReturnType.Type),
      })
    }
    for (const element of (schema.EntityContainer?.Singleton ?? []) as Xml[]) model.singletons.push({ name: element.Name, type: resolveAlias(element.Type) })
  }
  return model
}

/** The properties of a type with those it inherits, base first. */
export const allProperties = (model: CsdlModel, type: CsdlStructured): CsdlProperty[] => {
  const base = type.baseType ? model.types.get(type.baseType) : undefined
  return [...(base ? allProperties(model, base) : []), ...type.properties]
}

/** Whether a type is open, itself or through a base type (OData: a type derived from an open type is open). */
export const isOpen = (model: CsdlModel, type: CsdlStructured): boolean => {
  const base = type.baseType ? model.types.get(type.baseType) : undefined
  return type.open || (base !== undefined && isOpen(model, base))
}

/** The concrete and abstract types derived from `qualifiedName`, directly or not, in name order. */
export const derivedTypes = (model: CsdlModel, qualifiedName: string): CsdlStructured[] => {
  const direct = [...model.types.values()].filter((t) => t.baseType === qualifiedName)
  return direct.flatMap((t) => [t, ...derivedTypes(model, t.qualifiedName)]).sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName))
}

/** The entity key of a type: its own, or the one it inherits. */
export const keyOf = (model: CsdlModel, type: CsdlStructured): string[] | undefined => {
  if (type.key) return type.key
  const base = type.baseType ? model.types.get(type.baseType) : undefined
  return base ? keyOf(model, base) : undefined
}

/**
 * The types of the entity container's singletons (`microsoft.graph.cloudCommunications`): the roots of
 * the service's paths, read for the paths only, never a schema.
 */
export const rootTypes = (model: CsdlModel): Set<string> => new Set(model.singletons.map((s) => s.type))
