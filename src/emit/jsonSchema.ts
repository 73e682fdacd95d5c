/**
 * `toJsonSchema`: every schema of one API version as one bundled JSON Schema document, for validators
 * such as Ajv and for the frameworks built on them (Fastify).
 */
import type { ApiVersion } from '../model/types.js'
import type { JsonObject } from './json.js'
import { namedSchemas } from './registry.js'
import { sourcesFor, type VersionSources } from './sources.js'
import { definition, type WalkContext } from './walk.js'

/** The JSON Schema dialects `toJsonSchema` writes. @public */
export type JsonSchemaDialect = '2020-12' | 'draft-07'

/**
 * What `toJsonSchema` writes.
 * @public
 */
export interface JsonSchemaOptions {
  /** The Graph API version: the entry point's own (`graph-callrecords`: v1.0, `graph-callrecords/beta`: beta), the only one it emits. */
  readonly apiVersion?: ApiVersion
  /**
   * `'2020-12'` (the default): definitions under `$defs`, for Ajv's `Ajv2020` and current tools.
   * `'draft-07'`: definitions under `definitions`, for Ajv's default class and Fastify's built-in validator.
   */
  readonly dialect?: JsonSchemaDialect
  /**
   * The type the document validates at its root: its qualified Graph name, such as
   * `'microsoft.graph.callRecords.callRecord'`, or the name of its schema in this package, such as
   * `'CallRecord'`. Without it the root validates nothing on its own and a consumer picks a definition.
   */
  readonly root?: string
}

/**
 * The qualified Graph name of `root`, given as one or as the name of the package's schema (`CallRecord`,
 * `GraphUserIdentity`): the schema names follow the qualified names (PascalCase, `Graph` before a
 * microsoft.graph name that callRecords also has), so the version's own registry answers without loading
 * any schema module.
 */
const rootName = (root: string, schemas: ReadonlyMap<string, unknown>): string | undefined => {
  if (schemas.has(root)) return root
  const short = (qualifiedName: string): string => qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)
  const callRecords = new Set([...schemas.keys()].filter((q) => q.startsWith('microsoft.graph.callRecords.')).map(short))
  for (const qualifiedName of schemas.keys()) {
    const name = short(qualifiedName)
    const clash = !qualifiedName.startsWith('microsoft.graph.callRecords.') && callRecords.has(name)
    if ((clash ? 'Graph' : '') + name[0]!.toUpperCase() + name.slice(1) === root) return qualifiedName
  }
  return undefined
}

const metaSchemas: Record<JsonSchemaDialect, string> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
}

/**
 * The JSON Schema document of the version the options name, among those `available` (the first when
 * they name none). The entry points give their own version (emit/v1.0.ts, emit/beta.ts).
 */
export const emitJsonSchema = (available: readonly VersionSources[], options: JsonSchemaOptions = {}): JsonObject => {
  const sources = sourcesFor(available, options.apiVersion)
  const apiVersion = sources.model.apiVersion
  const dialect = options.dialect ?? '2020-12'
  if (!(dialect in metaSchemas)) throw new RangeError(`unknown JSON Schema dialect ${JSON.stringify(dialect)}; expected "2020-12" or "draft-07"`)
  const schemas = namedSchemas(sources)
  const container = dialect === '2020-12' ? '$defs' : 'definitions'
  const ctx: WalkContext = { target: dialect, refPrefix: `#/${container}/`, definitions: schemas }
  const definitions: JsonObject = {}
  for (const [name, schema] of schemas) definitions[name] = definition(schema, ctx)

  const document: JsonObject = {
    $schema: metaSchemas[dialect],
    title: `Microsoft Graph call records (${apiVersion})`,
    description: `The types, enumerations, collection pages and change notifications of microsoft.graph.callRecords, Graph ${apiVersion}, keyed by qualified Graph name.`,
  }
  if (options.root !== undefined) {
    const root = rootName(options.root, schemas)
    if (root === undefined) throw new RangeError(`no schema named ${JSON.stringify(options.root)} in Graph ${apiVersion}`)
    const ref = { $ref: `${ctx.refPrefix}${root}` }
    // draft-07 ignores the siblings of `$ref`; `allOf` keeps the root's annotations and definitions visible.
    if (dialect === '2020-12') Object.assign(document, ref)
    else document.allOf = [ref]
  }
  document[container] = definitions
  return document
}
