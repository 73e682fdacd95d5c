/**
 * The command line of `graph-callrecords`: picks the command, runs it, and turns what went wrong into
 * a message and an exit status (2 for a usage error).
 */
import { UsageError } from './args.js'
import { COMMANDS, HELP, type Command } from './help.js'
import { PACKAGE_VERSION } from '../emit/version.js'
import { escapeText } from './escape.js'
import { didYouMean } from './suggest.js'

const NAME = 'graph-callrecords'

type Run = (argv: readonly string[]) => Promise<number>

/** Each command loads what it needs only: the emitters for schema, the schemas of one version for the others. */
const commands: Record<Command, () => Promise<Run>> = {
  validate: async () => (await import('./validate.js')).validate,
  normalize: async () => (await import('./normalize.js')).normalize,
  merge: async () => (await import('./merge.js')).merge,
  export: async () => (await import('./export.js')).exportRecords,
  quality: async () => (await import('./quality.js')).quality,
  redact: async () => (await import('./redact.js')).redact,
  schema: async () => (await import('./schema.js')).schema,
}

const isCommand = (word: string): word is Command => (COMMANDS as readonly string[]).includes(word)

const unknownCommand = (word: string): UsageError =>
  new UsageError(`unknown command ${escapeText(JSON.stringify(word))}${didYouMean(word, COMMANDS)}; the commands are ${COMMANDS.join(', ')}`)

/** The options that stand before a command. */
const TOP_OPTIONS = ['--help', '-h', '--version', '-v']

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const [first, ...rest] = argv
  try {
    if (first === undefined) {
      process.stderr.write(`${HELP.main}\n`)
      return 2
    }
    if (first === '--help' || first === '-h') {
      process.stdout.write(`${HELP.main}\n`)
      return 0
    }
    if (first === 'help') {
      const topic = rest[0]
      if (topic === undefined) process.stdout.write(`${HELP.main}\n`)
      else if (isCommand(topic)) process.stdout.write(`${HELP[topic]}\n`)
      else throw unknownCommand(topic)
      return 0
    }
    if (first === '--version' || first === '-v') {
      process.stdout.write(`${PACKAGE_VERSION}\n`)
      return 0
    }
    if (first.startsWith('-')) {
      const hint = didYouMean(first, TOP_OPTIONS)
      throw new UsageError(`unknown option ${escapeText(first)}${hint || ' (the options of a command go after it)'}`)
    }
    if (!isCommand(first)) throw unknownCommand(first)
    return await (await commands[first]())(rest)
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `${NAME} ${error.command} --help` : `${NAME} --help`
      process.stderr.write(`${NAME}: ${error.message}\nSee "${help}".\n`)
      return 2
    }
    process.stderr.write(`${NAME}: failed: ${escapeText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`)
    return 2
  }
}
