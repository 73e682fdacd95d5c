/**
 * Prints the module of one entity or complex type: a TypeBox `Object` with Graph's control information,
 * and a declared type that names every other schema by `typeof`, so that the emitted declarations stay
 * small instead of repeating the whole structure of every referenced type.
 */
import type { ObjectPlan, PropertyPlan } from './plan.js'
import { comment, header, importBlock, key, quote, staticType, typeDoc } from './text.js'

/** The factory of edm.ts for each Edm type. */
const edmFactory: Record<string, string> = {
  'Edm.String': 'EdmString',
  'Edm.Boolean': 'EdmBoolean',
  'Edm.Int32': 'EdmInt32',
  'Edm.Int64': 'EdmInt64',
  'Edm.Single': 'EdmSingle',
  'Edm.Decimal': 'EdmDecimal',
  'Edm.DateTimeOffset': 'EdmDateTimeOffset',
  'Edm.Duration': 'EdmDuration',
}

/** The TypeBox schema type that each factory of edm.ts returns. */
const edmSchemaType: Record<string, string> = {
  'Edm.String': 'TString',
  'Edm.Boolean': 'TBoolean',
  'Edm.Int32': 'TInteger',
  'Edm.Int64': 'TInteger',
  'Edm.Single': 'TNumber',
  'Edm.Decimal': 'TNumber',
  'Edm.DateTimeOffset': 'TString',
  'Edm.Duration': 'TString',
}

/** The names a module imports, collected while its text is printed. */
class Imports {
  readonly keywords = new Set<string>()
  readonly typebox = new Set<string>(['TObject', 'TOptional'])
  readonly edm = new Set<string>()
  readonly odata = new Set<string>(['ODataType'])
  readonly refs = new Map<string, string>()
}

const edmOf = (p: PropertyPlan): string | undefined => (p.edmType === undefined ? undefined : edmFactory[p.edmType])

/** The name of the schema a property refers to, imported. */
const refer = (p: PropertyPlan, imports: Imports): string => {
  imports.refs.set(p.ref!.name, p.ref!.path)
  return p.ref!.name
}

/** The TypeBox type of the schema that {@link propertySchema} writes for `p`, without `TOptional`. */
const propertyType = (p: PropertyPlan, imports: Imports): string => {
  const edmType = p.edmType === undefined ? undefined : edmSchemaType[p.edmType]
  if (edmType) imports.typebox.add(edmType)
  const item = edmType ?? `typeof ${refer(p, imports)}`
  if (p.collection) imports.typebox.add('TArray')
  const value = p.collection ? `TArray<${item}>` : item
  if (!p.nullable) return value
  imports.typebox.add('TUnion').add('TNull')
  return `TUnion<[${value}, TNull]>`
}

const propertySchema = (p: PropertyPlan, imports: Imports): string => {
  const description = p.deprecated ? `${p.description ?? ''} Deprecated: ${p.deprecated}`.trim() : p.description
  const options = [
    ...(description ? [`description: ${quote(description)}`] : []),
    ...(p.deprecated ? ['deprecated: true'] : []),
    ...(p.personalData ? [`[PERSONAL_DATA]: ${quote(p.personalData)}`] : []),
  ]
  if (p.personalData) imports.keywords.add('PERSONAL_DATA')
  const opts = options.length ? `{ ${options.join(', ')} }` : ''
  const edmName = edmOf(p)
  if (edmName) imports.edm.add(edmName)
  const item = edmName ? `${edmName}()` : refer(p, imports)
  // A collection is an array that Graph's SDKs (and this package) allow to be null; its items never are.
  if (p.collection) {
    if (!p.nullable) return `_Array(${item}${opts ? `, ${opts}` : ''})`
    imports.odata.add('Nullable')
    return `Nullable(_Array(${item}), ${opts || '{}'})`
  }
  if (p.nullable) {
    imports.odata.add('Nullable')
    return `Nullable(${item}${opts ? `, ${opts}` : ''})`
  }
  if (edmName) return `${edmName}(${opts})`
  if (!opts) return item
  imports.odata.add('Annotated')
  return `Annotated(${item}, ${opts})`
}

/**
 * The TypeBox builders a module calls, imported by name rather than as the `Type` namespace, so that a
 * bundler keeps only those (`Object` and `Array` are renamed: they would hide the globals).
 */
const builders = (lines: readonly string[]): string[] => {
  const text = lines.join('\n')
  return ['Object as _Object', ...(/\b_Array\(/.test(text) ? ['Array as _Array'] : []), ...(/\bOptional\(/.test(text) ? ['Optional'] : [])]
}

export const printObject = (type: ObjectPlan): string => {
  const imports = new Imports()
  const lines: string[] = []
  const types: string[] = []
  let baseProperties = ''
  if (type.base) {
    // A subtype spreads the base object itself, not the union of the base and its subtypes.
    imports.refs.set(type.base.name, type.base.path)
    lines.push(`  ...${type.base.name}.properties,`)
    // The subtype's own `@odata.type` replaces the base's: the two literal types have no common value.
    // So are the inherited properties it declares again (personal data here, not in the base).
    const replaced = ['@odata.type', ...type.properties.filter((p) => p.inherited).map((p) => p.name)].map(quote).join(' | ')
    baseProperties = `Omit<(typeof ${type.base.name})['properties'], ${replaced}> & `
  }
  lines.push(`  '@odata.type': ODataType(${quote(type.qualifiedName)}),`)
  imports.odata.add('type TODataType')
  types.push(`  '@odata.type': TOptional<TODataType<${quote(type.qualifiedName)}>>`)
  if (type.entityRoot) {
    imports.odata.add('ODataContext').add('ODataId')
    imports.typebox.add('TString')
    lines.push(`  '@odata.context': ODataContext(),`, `  '@odata.id': ODataId(),`)
    types.push(`  '@odata.context': TOptional<TString>`, `  '@odata.id': TOptional<TString>`)
  }
  for (const p of type.properties) {
    if (p.navigation) {
      imports.odata.add('ODataContext')
      imports.typebox.add('TString')
      lines.push(`  ${quote(`${p.name}@odata.context`)}: ODataContext(),`)
      types.push(`  ${quote(`${p.name}@odata.context`)}: TOptional<TString>`)
      if (p.collection) {
        imports.odata.add('ODataNextLink').add('ODataCount')
        imports.typebox.add('TInteger')
        lines.push(`  ${quote(`${p.name}@odata.nextLink`)}: ODataNextLink(),`, `  ${quote(`${p.name}@odata.count`)}: ODataCount(),`)
        types.push(`  ${quote(`${p.name}@odata.nextLink`)}: TOptional<TString>`, `  ${quote(`${p.name}@odata.count`)}: TOptional<TInteger>`)
      }
    }
    const doc = p.deprecated ? `@deprecated ${p.deprecated} ${p.description ?? ''}` : p.description
    if (doc) types.push(`  /**\n${comment(doc, '  ')}\n   */`)
    lines.push(`  ${key(p.name)}: Optional(${propertySchema(p, imports)}),`)
    types.push(`  ${key(p.name)}: TOptional<${propertyType(p, imports)}>`)
  }
  const options = [
    `$id: ${quote(type.qualifiedName)}`,
    `description: ${quote(type.summary ?? '')}`,
    ...(type.open ? ['additionalProperties: true'] : []),
    ...(type.personalOpen ? [`[PERSONAL_DATA]: ${quote(type.personalOpen)}`] : []),
  ]
  if (type.personalOpen) imports.keywords.add('PERSONAL_DATA')
  const notes = [
    ...(type.abstract ? ['Abstract: a value is always one of its subtypes.'] : []),
    ...(type.open ? ['Open type: it may carry properties that the CSDL does not declare.'] : []),
    ...(type.personalOpen ? [`Its undeclared properties are treated as personal data (${type.personalOpen}).`] : []),
    ...(type.deprecated.length > 0 ? [`Deprecated properties: ${type.deprecated.map((d) => `\`${d.name}\` (${d.note})`).join('; ')}`] : []),
  ]
  return [
    header,
    importBlock(
      type.path,
      [...builders(lines), 'type Static', ...[...imports.typebox].sort().map((t) => `type ${t}`)],
      imports.edm,
      imports.odata,
      imports.refs,
      imports.keywords,
    ),
    '',
    typeDoc(type.summary ?? `The Graph type ${type.qualifiedName}.`, notes, type.docsUrl, type.qualifiedName),
    `export const ${type.name}: TObject<${baseProperties}{`,
    ...types,
    '}> = _Object(',
    '  {',
    ...lines.map((l) => `  ${l}`.replace(/\n/g, '\n  ')),
    '  },',
    `  { ${options.join(', ')} },`,
    ')',
    ...staticType(type.name),
  ].join('\n')
}
