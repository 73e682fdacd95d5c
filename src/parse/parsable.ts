/**
 * The check `createParser` makes before it returns: every part of the schema is of a kind the parser
 * compiler supports. A schema the compiler cannot parse is the programmer's mistake, so it is refused
 * where it is made, with a `TypeError` naming the schema and where it lies, not reported later as an
 * `internal` issue of every parse. The compiler itself stays lazy (it runs on first use), so that
 * loading an entry point does not compile every generated parser.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import { escapeJsonPointer } from './jsonPointer.js'

/** The TypeBox kinds the parser compiler (`compile/index.ts`) turns into parsers: those JSON payloads need. */
export const PARSABLE_KINDS: ReadonlySet<string> = new Set([
  'Object',
  'Array',
  'Union',
  'String',
  'Number',
  'Integer',
  'Boolean',
  'Null',
  'Literal',
  'Any',
  'Unknown',
])

/** Schemas already found parsable; the generated schemas share their parts, so each part is walked once. */
const parsable = new WeakSet<object>()

type Node = Record<string | symbol, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** The schema's nested schemas, with the JSON Pointer of each below it. */
const children = (schema: Node): [string, unknown][] => {
  switch (schema[Kind]) {
    case 'Object': {
      const properties = schema.properties
      if (!isNode(properties)) return [['/properties', properties]]
      return Object.keys(properties).map((key) => [`/properties/${escapeJsonPointer(key)}`, properties[key]])
    }
    case 'Array':
      return [['/items', schema.items]]
    case 'Union':
      return Array.isArray(schema.anyOf) ? schema.anyOf.map((member, i): [string, unknown] => [`/anyOf/${i}`, member]) : [['/anyOf', schema.anyOf]]
    default:
      return []
  }
}

/** What the schema at `path` is, for a message: its kind and, when it has one, its `$id`. */
const describe = (value: unknown): string => {
  if (!isNode(value)) return `${value === null ? 'null' : typeof value}, which is not a schema`
  const kind = value[Kind]
  const name = typeof value.$id === 'string' ? ` (${value.$id})` : ''
  return typeof kind === 'string' ? `a schema of kind ${kind}${name}` : `an object without a TypeBox Kind${name}, which is not a TypeBox schema`
}

/**
 * Throws a `TypeError` when `schema`, or a schema inside it, is of a kind the parsers do not support
 * (`Type.Date()`, `Type.Record(…)`, `Type.Recursive(…)`, …), naming it and its JSON Pointer in `schema`.
 */
export const assertParsable = (schema: TSchema): void => {
  const pending: [string, unknown][] = [['', schema]]
  const seen = new Set<object>()
  while (pending.length > 0) {
    const [path, value] = pending.pop()!
    if (isNode(value) && (parsable.has(value) || seen.has(value))) continue
    const kind = isNode(value) ? value[Kind] : undefined
    if (typeof kind !== 'string' || !PARSABLE_KINDS.has(kind)) {
      const where = path === '' ? 'the schema itself' : `${path} of the schema`
      throw new TypeError(`createParser: graph-callrecords cannot parse ${describe(value)}, at ${where}; the parsers support ${[...PARSABLE_KINDS].join(', ')}`)
    }
    seen.add(value as Node)
    for (const [below, child] of children(value as Node)) pending.push([path + below, child])
  }
  for (const node of seen) parsable.add(node)
}
