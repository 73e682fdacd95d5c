/** `graph-callrecords schema`: the JSON Schema or OpenAPI document of one Graph API version. */
import { toJsonSchema, toOpenApi } from '../emit/index.js'
import { parseCommandLine, UsageError, type OptionSpecs } from './args.js'
import { escapeText } from './escape.js'
import { HELP } from './help.js'
import { didYouMean } from './suggest.js'
import { API_VERSIONS, registry, type ApiVersion } from './registry.js'

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', choices: ['json-schema', 'openapi'] },
  'api-version': { type: 'string', choices: API_VERSIONS },
  dialect: { type: 'string', choices: ['2020-12', 'draft-07'] },
  openapi: { type: 'string', choices: ['3.0.3', '3.1.0'] },
  root: { type: 'string' },
} as const satisfies OptionSpecs

export const schema = async (argv: readonly string[]): Promise<number> => {
  const { values, operands } = parseCommandLine(argv, OPTIONS, 'schema')
  if (values.help === true) {
    process.stdout.write(`${HELP.schema}\n`)
    return 0
  }
  if (operands.length > 0) throw new UsageError(`schema takes no files; received ${operands.join(' ')}`, 'schema')
  const format = values.format ?? 'json-schema'
  const apiVersion = (values['api-version'] ?? 'v1.0') as ApiVersion
  if (format === 'json-schema' && values.openapi !== undefined) throw new UsageError('--openapi goes with --format openapi', 'schema')
  if (format === 'openapi' && values.dialect !== undefined) throw new UsageError('--dialect goes with --format json-schema', 'schema')
  if (format === 'openapi' && values.root !== undefined)
    throw new UsageError('--root goes with --format json-schema (an OpenAPI document has no root)', 'schema')
  const root = typeof values.root === 'string' ? values.root : undefined
  const dialect = (values.dialect ?? '2020-12') as '2020-12' | 'draft-07'
  let document: unknown
  try {
    document =
      format === 'openapi'
        ? toOpenApi({ apiVersion, openapi: (values.openapi ?? '3.1.0') as '3.0.3' | '3.1.0' })
        : toJsonSchema({ apiVersion, dialect, ...(root === undefined ? {} : { root }) })
  } catch (error) {
    // The one thing the user can get wrong here is the name of the root.
    if (root === undefined || !(error instanceof RangeError)) throw error
    throw new UsageError(`${escapeText(error.message)}${didYouMean(root, (await registry(apiVersion)).names)}`, 'schema')
  }
  const text = `${JSON.stringify(document, null, 2)}\n`
  process.stdout.on('error', () => {}) // the reader went away (`| head`)
  await new Promise<void>((resolve) => {
    process.stdout.write(text, () => resolve())
  })
  return 0
}
