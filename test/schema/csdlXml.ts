/**
 * The CSDL of one API version read straight from the XML in metadata/, independently of the
 * generator's reader (scripts/csdl.ts), so that a mistake of that reader cannot hide itself in the
 * tests that compare the generated code with the CSDL.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export interface XmlProperty {
  name: string
  /** The qualified name of the type, or of the items' type. */
  type: string
  collection: boolean
  nullable: boolean
  navigation: boolean
  description?: string
  deprecated?: { description: string; date?: string; removalDate?: string }
}

export interface XmlType {
  kind: 'entity' | 'complex'
  qualifiedName: string
  namespace: string
  name: string
  baseType?: string
  abstract: boolean
  openType: boolean
  key?: string[]
  properties: XmlProperty[]
}

export interface XmlCsdl {
  types: Map<string, XmlType>
  enums: Map<string, { qualifiedName: string; namespace: string; members: string[] }>
  functions: { name: string; qualifiedName: string; binding: string; parameters: string[]; returns: string }[]
  singletons: { name: string; type: string }[]
}

type Node = Record<string, any>

// Every element is an array, every attribute a string: no list of element names to keep in step.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute })
const schema = (file: string): Node => parser.parse(readFileSync(file, 'utf8')).Schema[0]
const all = (node: Node | undefined, name: string): Node[] => node?.[name] ?? []
const qualify = (type: string): string => type.replace(/(^|\()graph\./, '$1microsoft.graph.')
const unwrap = (type: string) =>
  type.startsWith('Collection(') ? { type: qualify(type.slice(11, -1)), collection: true } : { type: qualify(type), collection: false }

/** Reads `version` from the folder `dir` (the project's metadata/, or a copy). */
export const readCsdlXml = (dir: string, version: 'v1.0' | 'beta'): XmlCsdl => {
  const main = schema(join(dir, `csdl-callRecords-${version}.xml`))
  const referenced = schema(join(dir, `csdl-referenced-${version}.xml`))
  const described = schema(join(dir, 'csdl-callRecords-v1.0.withDescriptions.xml'))
  const descriptions = new Map<string, string>()
  for (const type of [...all(described, 'EntityType'), ...all(described, 'ComplexType')])
    for (const p of [...all(type, 'Property'), ...all(type, 'NavigationProperty')])
      for (const a of all(p, 'Annotation')) if (a['@Term'] === 'Org.OData.Core.V1.Description') descriptions.set(`${type['@Name']}/${p['@Name']}`, a['@String'])
  const deprecations = new Map<string, { description: string; date?: string; removalDate?: string }>()
  for (const s of [main, referenced])
    for (const target of all(s, 'Annotations'))
      for (const record of all(all(all(target, 'Annotation')[0], 'Collection')[0], 'Record')) {
        const value = (name: string) => all(record, 'PropertyValue').find((v) => v['@Property'] === name)
        if (!String(value('Kind')?.EnumMember?.[0]).endsWith('/Deprecated')) continue
        const date = value('Date')?.['@Date']
        const removalDate = value('RemovalDate')?.['@Date']
        deprecations.set(target['@Target'], {
          description: value('Description')?.['@String'],
          ...(date ? { date } : {}),
          ...(removalDate ? { removalDate } : {}),
        })
      }

  const csdl: XmlCsdl = { types: new Map(), enums: new Map(), functions: [], singletons: [] }
  for (const s of [main, referenced]) {
    const ns: string = s['@Namespace']
    for (const e of all(s, 'EnumType'))
      csdl.enums.set(`${ns}.${e['@Name']}`, { qualifiedName: `${ns}.${e['@Name']}`, namespace: ns, members: all(e, 'Member').map((m) => m['@Name']) })
    for (const [tag, kind] of [
      ['EntityType', 'entity'],
      ['ComplexType', 'complex'],
    ] as const)
      for (const t of all(s, tag)) {
        const qualifiedName = `${ns}.${t['@Name']}`
        const property = (p: Node, navigation: boolean): XmlProperty => {
          const description = ns === 'microsoft.graph.callRecords' ? descriptions.get(`${t['@Name']}/${p['@Name']}`) : undefined
          const deprecated = deprecations.get(`${qualifiedName}/${p['@Name']}`)
          return {
            name: p['@Name'],
            ...unwrap(p['@Type']),
            nullable: p['@Nullable'] !== 'false',
            navigation,
            ...(description ? { description } : {}),
            ...(deprecated ? { deprecated } : {}),
          }
        }
        const key = all(all(t, 'Key')[0], 'PropertyRef').map((r) => r['@Name'] as string)
        csdl.types.set(qualifiedName, {
          kind,
          qualifiedName,
          namespace: ns,
          name: t['@Name'],
          ...(t['@BaseType'] ? { baseType: qualify(t['@BaseType']) } : {}),
          abstract: t['@Abstract'] === 'true',
          openType: t['@OpenType'] === 'true',
          ...(key.length ? { key } : {}),
          properties: [...all(t, 'Property').map((p) => property(p, false)), ...all(t, 'NavigationProperty').map((p) => property(p, true))],
        })
      }
    for (const f of all(s, 'Function')) {
      const [binding, ...parameters] = all(f, 'Parameter')
      csdl.functions.push({
        name: f['@Name'],
        qualifiedName: `${ns}.${f['@Name']}`,
        binding: qualify(binding!['@Type']),
        parameters: parameters.map((p) => p['@Name']),
        returns: qualify(all(f, 'ReturnType')[0]!['@Type']),
      })
    }
    for (const c of all(s, 'EntityContainer')) for (const one of all(c, 'Singleton')) csdl.singletons.push({ name: one['@Name'], type: qualify(one['@Type']) })
  }
  return csdl
}

/** Every property of a type, inherited ones first. */
export const inherited = (csdl: XmlCsdl, type: XmlType): XmlProperty[] => {
  const base = type.baseType === undefined ? undefined : csdl.types.get(type.baseType)
  return [...(base ? inherited(csdl, base) : []), ...type.properties]
}

/** The chain from a type up to its root. */
const chain = (csdl: XmlCsdl, type: XmlType): XmlType[] => {
  const base = type.baseType === undefined ? undefined : csdl.types.get(type.baseType)
  return [type, ...(base ? chain(csdl, base) : [])]
}

/** Whether a type is open, itself or through a base. */
export const open = (csdl: XmlCsdl, type: XmlType): boolean => chain(csdl, type).some((t) => t.openType)

/** Its key, own or inherited. */
export const keyOf = (csdl: XmlCsdl, type: XmlType): string[] | undefined => chain(csdl, type).find((t) => t.key)?.key

/** Every type below `name`, directly or not. */
export const subtypes = (csdl: XmlCsdl, name: string): XmlType[] =>
  [...csdl.types.values()].filter((t) => t.qualifiedName !== name && chain(csdl, t).some((c) => c.qualifiedName === name))

/** The types of the container's singletons, which get no schema. */
export const roots = (csdl: XmlCsdl): Set<string> => new Set(csdl.singletons.map((s) => s.type))
