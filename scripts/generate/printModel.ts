/** Prints src/model/<version>.ts: the model of the version as one constant typed by src/model/types.ts. */
import type { Plan } from './plan.js'
import { header, key, quote } from './text.js'

/** The name of the model constant of each version. */
export const modelName = (version: string): string => (version === 'v1.0' ? 'GraphModelV1' : `GraphModel${version[0]!.toUpperCase()}${version.slice(1)}`)

/** A value as TypeScript: on one line when short, else one entry a line. */
const literal = (value: unknown, indent: string): string => {
  if (typeof value === 'string') return quote(value)
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const inner = `${indent}  `
  const entries = Array.isArray(value) ? value.map((v) => literal(v, inner)) : Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }']
  const line = entries.length === 0 ? (Array.isArray(value) ? '[]' : '{}') : `${open}${entries.join(', ')}${close}`
  if (!line.includes('\n') && indent.length + line.length <= 140) return line
  return `${open.trim()}\n${entries.map((e) => `${inner}${e},`).join('\n')}\n${indent}${close.trim()}`
}

export const printModel = (plan: Plan): string =>
  [
    header,
    `import type { GraphModel } from './types.js'`,
    '',
    '/**',
    ` * What Graph's metadata says about microsoft.graph.callRecords in Graph ${plan.version}: types, keys and keyed`,
    ' * collections, navigation, enums, bound functions, pages, record types and read paths. Merge, the',
    ' * emitters and the command line read it instead of naming Graph types or properties themselves.',
    ' * @public',
    ' */',
    `export const ${modelName(plan.version)}: GraphModel = ${literal(plan.model, '')}`,
    '',
  ].join('\n')
