/**
 * The reviewed table of personal data (metadata/personal-data.json) read against the CSDL of one
 * version: which property of which type the generator tags, and which properties whose names look
 * personal nobody has reviewed yet (the generator refuses to run while there is one).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PersonalDataCategories, type PersonalDataCategory } from '../../src/schema/personalDataCategory.js'
import { allProperties, type CsdlModel, type CsdlStructured } from '../csdl.js'

export interface PersonalEntry {
  readonly category: PersonalDataCategory
  readonly reason: string
}

/** metadata/personal-data.json: keys are `<qualified type>/<property>` (or a qualified type for open types). */
export interface PersonalDataTable {
  readonly personal: Readonly<Record<string, PersonalEntry>>
  readonly notPersonal: Readonly<Record<string, string>>
  readonly openTypes: Readonly<Record<string, PersonalEntry>>
  readonly openTypesNotPersonal: Readonly<Record<string, string>>
}

/** Reads and checks the table in `dir`: every category is known and every entry has a reason. */
export const readPersonalData = (dir: string): PersonalDataTable => {
  const table = JSON.parse(readFileSync(join(dir, 'personal-data.json'), 'utf8')) as PersonalDataTable
  for (const [key, entry] of [...Object.entries(table.personal), ...Object.entries(table.openTypes)]) {
    if (!(PersonalDataCategories as readonly string[]).includes(entry.category))
      throw new Error(`personal-data.json: ${key} has the unknown category ${entry.category}`)
    if (!entry.reason) throw new Error(`personal-data.json: ${key} gives no reason`)
  }
  for (const [key, reason] of [...Object.entries(table.notPersonal), ...Object.entries(table.openTypesNotPersonal)]) {
    if (!reason) throw new Error(`personal-data.json: ${key} gives no reason`)
  }
  return table
}

/**
 * Names that look personal (`*Address`, `*Number`, `*Name`, `*Id`, `email`, `user*`, …): a string
 * property with such a name must be reviewed, tagged or listed as not personal.
 */
export const LOOKS_PERSONAL =
  /^(?:id|name|email|mail|subnet|text)$|(?:Address|Number|Name|Id|Url|Identifier|Suffix|Reason|Text|Email|Phone)$|^user|ip(?:v[46])?address|phone|mail/i

/** The type and its bases, nearest first. */
const lineage = (csdl: CsdlModel, type: CsdlStructured): CsdlStructured[] => {
  const base = type.baseType ? csdl.types.get(type.baseType) : undefined
  return [type, ...(base ? lineage(csdl, base) : [])]
}

/** The decision of the table about `property` on `type`: the entry of the nearest type in its lineage. */
export const decisionOf = (
  csdl: CsdlModel,
  table: PersonalDataTable,
  type: CsdlStructured,
  property: string,
): { readonly key: string; readonly personal?: PersonalEntry } | undefined => {
  for (const t of lineage(csdl, type)) {
    const key = `${t.qualifiedName}/${property}`
    if (table.personal[key]) return { key, personal: table.personal[key] }
    if (table.notPersonal[key] !== undefined) return { key }
  }
  return undefined
}

/** The category of `property` of `type`, when the table says it is personal. */
export const categoryOf = (csdl: CsdlModel, table: PersonalDataTable, type: CsdlStructured, property: string): PersonalDataCategory | undefined =>
  decisionOf(csdl, table, type, property)?.personal?.category

/** The category of the undeclared properties of an open type, when the table says they are personal. */
export const openCategoryOf = (csdl: CsdlModel, table: PersonalDataTable, type: CsdlStructured): PersonalDataCategory | undefined =>
  lineage(csdl, type)
    .map((t) => table.openTypes[t.qualifiedName]?.category)
    .find((c) => c !== undefined)

/**
 * The properties (`type/property`) whose names look personal and that the table neither tags nor lists
 * as not personal, and the open types it does not decide on: what a reviewer must look at.
 */
export const unreviewed = (csdl: CsdlModel, table: PersonalDataTable): string[] => {
  const out: string[] = []
  for (const type of csdl.types.values()) {
    for (const p of allProperties(csdl, type)) {
      if (p.type !== 'Edm.String' || !LOOKS_PERSONAL.test(p.name)) continue
      if (!decisionOf(csdl, table, type, p.name)) out.push(`${type.qualifiedName}/${p.name}`)
    }
    const open = lineage(csdl, type).some((t) => t.open)
    const decided = lineage(csdl, type).some((t) => table.openTypes[t.qualifiedName] || table.openTypesNotPersonal[t.qualifiedName] !== undefined)
    if (open && !decided) out.push(`${type.qualifiedName} (open type)`)
  }
  return out
}

/** The entries of the table that name no type or property of this CSDL. */
export const unknownEntries = (csdl: CsdlModel, table: PersonalDataTable): string[] => {
  const has = (key: string): boolean => {
    const slash = key.lastIndexOf('/')
    const type = csdl.types.get(key.slice(0, slash))
    return type !== undefined && allProperties(csdl, type).some((p) => p.name === key.slice(slash + 1))
  }
  return [
    ...[...Object.keys(table.personal), ...Object.keys(table.notPersonal)].filter((k) => !has(k)),
    ...[...Object.keys(table.openTypes), ...Object.keys(table.openTypesNotPersonal)].filter((k) => !csdl.types.has(k)),
  ]
}
