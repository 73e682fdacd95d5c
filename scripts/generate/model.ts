/**
 * The generated model of one API version (src/model/<version>.ts) built from the CSDL: types with their
 * keys and keyed collections, enums, functions, pages, record types and the read paths.
 */
import type { GraphModel, ModelFunction, ModelPage, ModelPath, ModelPathKey, ModelProperty, ModelType } from '../../src/model/types.js'
import { derivedTypes, isOpen, keyOf, type CsdlModel, type CsdlProperty, type CsdlStructured } from '../csdl.js'

const NAMESPACE = 'microsoft.graph.callRecords'

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const collectionItem = (type: string): { type: string; collection: boolean } => {
  const match = /^Collection\((.+)\)$/.exec(type)
  return match ? { type: match[1]!, collection: true } : { type, collection: false }
}

/** Every property of a type with the type that declares it, base first. */
const propertiesOf = (csdl: CsdlModel, type: CsdlStructured): { property: CsdlProperty; declaredBy: string }[] => {
  const base = type.baseType ? csdl.types.get(type.baseType) : undefined
  return [...(base ? propertiesOf(csdl, base) : []), ...type.properties.map((property) => ({ property, declaredBy: type.qualifiedName }))]
}

const modelProperty = (csdl: CsdlModel, property: CsdlProperty, declaredBy: string): ModelProperty => {
  const target = csdl.types.get(property.type)
  const key = property.collection && target?.kind === 'entity' ? keyOf(csdl, target) : undefined
  return {
    name: property.name,
    type: property.type,
    collection: property.collection,
    nullable: property.nullable,
    navigation: property.navigation,
    declaredBy,
    ...(key ? { key } : {}),
    ...(property.deprecated === undefined
      ? {}
      : {
          deprecated: {
            description: property.deprecated,
            ...(property.deprecatedOn === undefined ? {} : { date: property.deprecatedOn }),
            ...(property.removalDate === undefined ? {} : { removalDate: property.removalDate }),
          },
        }),
  }
}

/** What the model needs from the rest of the plan: the schema names and the pages. */
export interface ModelNames {
  readonly nameOf: (qualifiedName: string) => string
  readonly pages: readonly ModelPage[]
}

/** The read paths: from each singleton, down its contained navigation, with the functions bound on the way. */
const pathsOf = (csdl: CsdlModel, functions: readonly ModelFunction[], pages: readonly ModelPage[]): ModelPath[] => {
  const paths: ModelPath[] = []
  const pageOf = (type: string) => pages.find((p) => p.itemType === type)?.qualifiedName
  const bound = (path: string, type: string, collection: boolean, navigation: string[], keys: ModelPathKey[]) => {
    for (const f of functions.filter((f) => f.bindingType === type && f.boundToCollection === collection)) {
      const page = f.returnsCollection ? pageOf(f.returnType) : undefined
      paths.push({
        path: `${path}/${f.qualifiedName}(${f.parameters.map((p) => `${p.name}={${p.name}}`).join(',')})`,
        kind: 'function',
        type: f.returnType,
        navigation,
        keys,
        function: f.qualifiedName,
        ...(page ? { page } : {}),
      })
    }
  }
  const visit = (prefix: string, owner: CsdlStructured, navigation: string[], keys: ModelPathKey[], seen: Set<string>) => {
    for (const { property } of propertiesOf(csdl, owner)) {
      if (!property.navigation) continue
      const target = csdl.types.get(property.type)
      if (!target || seen.has(target.qualifiedName)) continue
      const path = `${prefix}/${property.name}`
      const nav = [...navigation, property.name]
      const within = new Set([...seen, target.qualifiedName])
      if (!property.collection) {
        paths.push({ path, kind: 'entity', type: target.qualifiedName, navigation: nav, keys })
        bound(path, target.qualifiedName, false, nav, keys)
        visit(path, target, nav, keys, within)
        continue
      }
      const page = pageOf(target.qualifiedName)
      paths.push({ path, kind: 'collection', type: target.qualifiedName, navigation: nav, keys, ...(page ? { page } : {}) })
      paths.push({ path: `${path}/$count`, kind: 'count', type: 'Edm.Int32', navigation: nav, keys })
      bound(path, target.qualifiedName, true, nav, keys)
      const key = keyOf(csdl, target)
      if (key?.length !== 1) continue
      const segment: ModelPathKey = { name: `${target.name}-id`, type: target.qualifiedName, property: key[0]! }
      const entity = `${path}/{${segment.name}}`
      const entityKeys = [...keys, segment]
      paths.push({ path: entity, kind: 'entity', type: target.qualifiedName, navigation: nav, keys: entityKeys })
      bound(entity, target.qualifiedName, false, nav, entityKeys)
      visit(entity, target, nav, entityKeys, within)
    }
  }
  for (const singleton of csdl.singletons) {
    const root = csdl.types.get(singleton.type)
    if (root) visit(`/${singleton.name}`, root, [], [], new Set([root.qualifiedName]))
  }
  return paths.sort((a, b) => byString(a.path, b.path))
}

/** The model of one API version; `types` are the types that get schemas (the container's root types are not among them). */
export const buildModel = (csdl: CsdlModel, types: readonly CsdlStructured[], names: ModelNames): GraphModel => {
  const modelTypes: Record<string, ModelType> = {}
  for (const type of [...types].sort((a, b) => byString(a.qualifiedName, b.qualifiedName))) {
    const key = type.kind === 'entity' ? keyOf(csdl, type) : undefined
    modelTypes[type.qualifiedName] = {
      kind: type.kind,
      qualifiedName: type.qualifiedName,
      namespace: type.namespace,
      name: type.name,
      schemaName: names.nameOf(type.qualifiedName),
      ...(type.baseType ? { baseType: type.baseType } : {}),
      derivedTypes: derivedTypes(csdl, type.qualifiedName)
        .map((t) => t.qualifiedName)
        .sort(byString),
      abstract: type.abstract,
      open: isOpen(csdl, type),
      ...(key ? { key } : {}),
      properties: propertiesOf(csdl, type).map(({ property, declaredBy }) => modelProperty(csdl, property, declaredBy)),
    }
  }
  const enums: GraphModel['enums'] = Object.fromEntries(
    [...csdl.enums.values()]
      .sort((a, b) => byString(a.qualifiedName, b.qualifiedName))
      .map((e) => [
        e.qualifiedName,
        {
          qualifiedName: e.qualifiedName,
          namespace: e.namespace,
          name: e.name,
          schemaName: names.nameOf(e.qualifiedName),
          members: e.members,
          evolvable: e.members.includes('unknownFutureValue'),
        },
      ]),
  )
  const functions: ModelFunction[] = csdl.functions
    .map((f) => {
      const binding = collectionItem(f.bindingType)
      const returns = collectionItem(f.returnType)
      return {
        name: f.name,
        qualifiedName: `${f.namespace}.${f.name}`,
        bindingType: binding.type,
        boundToCollection: binding.collection,
        parameters: f.parameters.map((p) => ({ name: p.name, type: p.type, nullable: p.nullable })),
        returnType: returns.type,
        returnsCollection: returns.collection,
      }
    })
    .sort((a, b) => byString(a.name, b.name))
  const pages = [...names.pages].sort((a, b) => byString(a.qualifiedName, b.qualifiedName))
  return {
    apiVersion: csdl.version,
    namespace: NAMESPACE,
    types: modelTypes,
    enums,
    functions,
    pages,
    paths: pathsOf(csdl, functions, pages),
    recordTypes: [...new Set(pages.map((p) => p.itemType))].sort(byString),
  }
}
