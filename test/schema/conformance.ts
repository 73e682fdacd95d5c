/**
 * Compares the schemas of one API version with its CSDL, both ways, and lists every difference.
 * OData control information (keys with `@`) is not part of the CSDL and is left out.
 */
import { Kind, OptionalKind, type TSchema } from '@sinclair/typebox'
import { inherited, open, roots, subtypes, type XmlCsdl, type XmlProperty } from './csdlXml.js'
import { EDM_TYPE, GRAPH_BASE } from '../../src/schema/keywords.js'

const jsonType: Record<string, string> = {
  'Edm.String': 'String',
  'Edm.Boolean': 'Boolean',
  'Edm.Int32': 'Integer',
  'Edm.Int64': 'Integer',
  'Edm.Single': 'Number',
  'Edm.Decimal': 'Number',
  'Edm.DateTimeOffset': 'String',
  'Edm.Duration': 'String',
}

type Schema = TSchema & Record<string, any>

const unNull = (schema: Schema): { schema: Schema; nullable: boolean } => {
  if (schema[Kind] === 'Union' && schema.anyOf.length === 2 && schema.anyOf[1][Kind] === 'Null' && !schema[GRAPH_BASE])
    return { schema: schema.anyOf[0], nullable: true }
  return { schema, nullable: false }
}

/** Every difference between the CSDL model and the schemas registered under their Graph names. */
export const conformanceIssues = (model: XmlCsdl, registry: Readonly<Record<string, TSchema>>): string[] => {
  const issues: string[] = []
  const types = registry as Readonly<Record<string, Schema>>
  const matchesType = (where: string, schema: Schema, type: string) => {
    if (jsonType[type]) {
      if (schema[Kind] !== jsonType[type] || schema[EDM_TYPE] !== type)
        issues.push(`${where}: expected ${type} (${jsonType[type]}), found ${schema[Kind]} ${schema[EDM_TYPE] ?? ''}`)
      return
    }
    if (model.enums.has(type)) {
      if (schema.$id !== type) issues.push(`${where}: expected the enum ${type}, found ${schema.$id ?? schema[Kind]}`)
      return
    }
    const derived = subtypes(model, type)
    if (derived.length === 0) {
      if (schema.$id !== type) issues.push(`${where}: expected ${type}, found ${schema.$id ?? schema[Kind]}`)
      return
    }
    const expected = [model.types.get(type)!, ...derived]
      .filter((t) => !t.abstract)
      .map((t) => t.qualifiedName)
      .sort()
    const found = schema[GRAPH_BASE] === type ? (schema.anyOf as Schema[]).map((m) => m.$id as string).sort() : []
    if (expected.join() !== found.join())
      issues.push(`${where}: expected any of ${expected.join(', ')}, found ${found.join(', ') || schema.$id || schema[Kind]}`)
  }
  const checkProperty = (where: string, property: XmlProperty, schema: Schema) => {
    if (schema[OptionalKind] !== 'Optional') issues.push(`${where}: must be optional (Graph may omit any property)`)
    let { schema: inner, nullable } = unNull(schema)
    if (property.collection) {
      if (nullable !== property.nullable) issues.push(`${where}: collection nullable ${nullable}, CSDL says ${property.nullable}`)
      if (inner[Kind] !== 'Array') return issues.push(`${where}: expected a collection, found ${inner[Kind]}`)
      const items = unNull(inner.items)
      if (items.nullable) issues.push(`${where}: items must not be null`)
      matchesType(where, items.schema, property.type)
    } else {
      if (nullable !== property.nullable) issues.push(`${where}: nullable ${nullable}, CSDL says ${property.nullable}`)
      if (inner[Kind] === 'Array') issues.push(`${where}: expected a single value, found a collection`)
      matchesType(where, inner, property.type)
    }
    if (Boolean(schema.deprecated) !== Boolean(property.deprecated)) issues.push(`${where}: deprecated should be ${Boolean(property.deprecated)}`)
    if (property.description && !String(schema.description ?? '').includes(property.description)) issues.push(`${where}: description does not carry the CSDL's`)
  }

  const rootTypes = roots(model)
  for (const type of model.types.values()) {
    if (rootTypes.has(type.qualifiedName)) continue
    const schema = types[type.qualifiedName]
    if (!schema) {
      issues.push(`${type.qualifiedName}: no schema`)
      continue
    }
    if (schema[Kind] !== 'Object' || schema.$id !== type.qualifiedName) issues.push(`${type.qualifiedName}: expected an object schema with $id`)
    if ((schema.additionalProperties === true) !== open(model, type)) issues.push(`${type.qualifiedName}: open should be ${open(model, type)}`)
    const csdl = new Map(inherited(model, type).map((p) => [p.name, p]))
    const declared = Object.keys(schema.properties ?? {}).filter((k) => !k.includes('@'))
    for (const name of declared) if (!csdl.has(name)) issues.push(`${type.qualifiedName}/${name}: not in the CSDL`)
    for (const [name, property] of csdl) {
      const where = `${type.qualifiedName}/${name}`
      if (!(name in (schema.properties ?? {}))) issues.push(`${where}: missing from the schema`)
      else checkProperty(where, property, schema.properties[name])
    }
  }
  for (const e of model.enums.values()) {
    const schema = types[e.qualifiedName]
    if (!schema) {
      issues.push(`${e.qualifiedName}: no schema`)
      continue
    }
    const members = (schema.anyOf ?? []).map((m: Schema) => m.const)
    if (members.join() !== e.members.join()) issues.push(`${e.qualifiedName}: members ${members.join(',')} differ from the CSDL's ${e.members.join(',')}`)
  }
  for (const name of Object.keys(types)) {
    const item = name.replace(/CollectionResponse$/, '')
    if (!model.types.has(name) && !model.enums.has(name) && !(item !== name && model.types.has(item))) issues.push(`${name}: not in the CSDL`)
  }
  return issues
}
