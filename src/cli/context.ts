/**
 * What the record commands (validate, normalize, merge) share: their common options, and the
 * schemas, inputs, progress bar, output and counts of a run.
 */
import { createWriteStream, fstatSync, statSync, type Stats } from 'node:fs'
import { UsageError, type OptionSpecs } from './args.js'
import { inputThatIsOutput } from './clash.js'
import { escapeText } from './escape.js'
import { DEFAULT_MAX_LINE } from './input.js'
import { formatSize } from './lines.js'
import { Output } from './output.js'
import { Progress } from './progress.js'
import type { Registries } from './records.js'
import { API_VERSIONS, registry, type ApiVersion, type Registry } from './registry.js'
import { Tally } from './report.js'
import { sourcesOf, totalSize, type Source } from './sources.js'
import { didYouMean } from './suggest.js'

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  'api-version': { type: 'string', choices: API_VERSIONS },
  output: { type: 'string', short: 'o' },
  'max-line': { type: 'string' },
} as const satisfies OptionSpecs

export const TYPE_OPTION = { type: { type: 'string' } } as const satisfies OptionSpecs

export interface RunContext {
  readonly command: string
  readonly registries: Registries
  readonly mode: 'lenient' | 'strict'
  /** `--type`, when given: the name, resolved in the schemas each input is read with. */
  readonly type: string | undefined
  readonly quiet: boolean
  /** The longest line read, in bytes. */
  readonly maxLine: number
  readonly sources: readonly Source[]
  readonly progress: Progress
  readonly output: Output
  readonly tally: Tally
}

/** The version read when neither the user nor an input names one. */
const DEFAULT_VERSION: ApiVersion = 'v1.0'

const registriesOf = (chosen: ApiVersion | undefined): Registries => {
  const loaded = new Map<ApiVersion, Promise<Registry>>()
  return {
    chosen,
    fallback: DEFAULT_VERSION,
    get: (version) => {
      let schemas = loaded.get(version)
      if (schemas === undefined) loaded.set(version, (schemas = registry(version)))
      return schemas
    },
  }
}

/** Checks `--type` before anything is read: a name no version knows is a usage error, with the nearest name. */
const checkType = async (name: string, registries: Registries, command: string): Promise<void> => {
  const first = await registries.get(registries.chosen ?? registries.fallback)
  if (first.byName(name)) return
  // Without --api-version an input may be read as another version: a name of that version is fine.
  if (registries.chosen === undefined) {
    for (const version of API_VERSIONS) if ((await registries.get(version)).byName(name)) return
  }
  throw new UsageError(
    `no schema named ${escapeText(JSON.stringify(name))} in Graph ${first.apiVersion}${didYouMean(name, first.names)}; records are one of ${first.names.join(', ')} (or any schema of the package)`,
    command,
  )
}

const SIZE = /^(\d+)\s*([kmg]?)i?b?$/i
const UNITS: Readonly<Record<string, number>> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }

/** `--max-line 64M`: bytes, with an optional K, M or G (powers of 1024). */
const parseSize = (text: string, command: string): number => {
  const match = SIZE.exec(text.trim())
  const size = match === null ? Number.NaN : Number(match[1]) * UNITS[match[2]!.toLowerCase()]!
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new UsageError(`option --max-line needs a size in bytes, such as 1048576, 512K or 64M; received ${escapeText(JSON.stringify(text))}`, command)
  }
  return size
}

const statPath = (path: string): Stats | undefined => {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** Refuses an output that is one of the inputs, before anything is read or truncated. */
const refuseClash = (sources: readonly Source[], output: Stats | undefined, name: string, command: string): void => {
  const input = inputThatIsOutput(sources, output)
  if (input === undefined) return
  const emptied = output?.size === 0 && name === 'standard output' ? ' (the shell has already emptied it: restore it before you run again)' : ''
  throw new UsageError(`${name} is the input ${escapeText(input.name)}${emptied}; write to another file, then rename it`, command)
}

/** The destination of the data: `--output`, checked against the inputs and then opened; else standard output, checked too. */
const openOutput = (path: string | undefined, sources: readonly Source[], progress: Progress, command: string): Output => {
  if (path === undefined) {
    let stdout: Stats | undefined
    try {
      stdout = fstatSync(1)
    } catch {
      stdout = undefined
    }
    refuseClash(sources, stdout, 'standard output', command)
    return new Output(process.stdout, process.stderr, progress)
  }
  refuseClash(sources, statPath(path), `--output ${escapeText(path)}`, command)
  return new Output(createWriteStream(path), process.stderr, progress, escapeText(path), true)
}

export const runContext = async (
  command: string,
  values: Readonly<Record<string, string | boolean | undefined>>,
  operands: readonly string[],
): Promise<RunContext> => {
  const chosen = values['api-version'] as ApiVersion | undefined
  const registries = registriesOf(chosen)
  const type = typeof values.type === 'string' ? values.type : undefined
  if (type !== undefined) await checkType(type, registries, command)
  const maxLine = typeof values['max-line'] === 'string' ? parseSize(values['max-line'], command) : DEFAULT_MAX_LINE
  const quiet = values.quiet === true
  const sources = sourcesOf(operands)
  const progress = new Progress(process.stderr, !quiet, totalSize(sources))
  const output = openOutput(typeof values.output === 'string' ? values.output : undefined, sources, progress, command)
  const tally = new Tally()
  tally.files = sources.length
  return { command, registries, mode: values.strict === true ? 'strict' : 'lenient', type, quiet, maxLine, sources, progress, output, tally }
}

/** A hint when standard input is a terminal: the command is waiting for it, not hanging. */
export const hintStdin = (context: RunContext): void => {
  if (!context.quiet && process.stdin.isTTY === true && context.sources.some((s) => s.path === undefined)) {
    context.output.message(`${context.command}: reading records from standard input (end with Ctrl-D)`)
  }
}

/** `64 MiB`, for help texts. */
export const DEFAULT_MAX_LINE_TEXT = formatSize(DEFAULT_MAX_LINE)
