/**
 * What the record commands (validate, normalize, merge) share: their common options, and the
 * registry, inputs, progress bar, output and counts of a run.
 */
import { UsageError, type OptionSpecs } from './args.js'
import { Output } from './output.js'
import { Progress } from './progress.js'
import { API_VERSIONS, registry, type ApiVersion, type RecordType, type Registry } from './registry.js'
import { Tally } from './report.js'
import { sourcesOf, totalSize, type Source } from './sources.js'

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  'api-version': { type: 'string', choices: API_VERSIONS },
} as const satisfies OptionSpecs

export const TYPE_OPTION = { type: { type: 'string' } } as const satisfies OptionSpecs

export interface RunContext {
  readonly command: string
  readonly registry: Registry
  readonly mode: 'lenient' | 'strict'
  /** `--type`, when given. */
  readonly type: RecordType | undefined
  readonly quiet: boolean
  readonly sources: readonly Source[]
  readonly progress: Progress
  readonly output: Output
  readonly tally: Tally
}

/** The type `--type` names; a usage error listing the choices when there is none. */
const resolveType = (name: string, registry: Registry, command: string): RecordType => {
  const type = registry.byName(name)
  if (type) return type
  throw new UsageError(
    `no schema named ${JSON.stringify(name)} in Graph ${registry.apiVersion}; records are one of ${registry.names.join(', ')} (or any schema of the package)`,
    command,
  )
}

export const runContext = async (
  command: string,
  values: Readonly<Record<string, string | boolean | undefined>>,
  operands: readonly string[],
): Promise<RunContext> => {
  const apiVersion = (values['api-version'] ?? 'v1.0') as ApiVersion
  const schemas = await registry(apiVersion)
  const quiet = values.quiet === true
  const sources = sourcesOf(operands)
  const progress = new Progress(process.stderr, !quiet, totalSize(sources))
  const tally = new Tally()
  tally.files = sources.length
  return {
    command,
    registry: schemas,
    mode: values.strict === true ? 'strict' : 'lenient',
    type: typeof values.type === 'string' ? resolveType(values.type, schemas, command) : undefined,
    quiet,
    sources,
    progress,
    output: new Output(process.stdout, process.stderr, progress),
    tally,
  }
}

/** A hint when standard input is a terminal: the command is waiting for it, not hanging. */
export const hintStdin = (context: RunContext): void => {
  if (!context.quiet && process.stdin.isTTY === true && context.sources.some((s) => s.path === undefined)) {
    context.output.message(`${context.command}: reading records from standard input (end with Ctrl-D)`)
  }
}
