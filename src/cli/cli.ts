/**
 * The command line of `graph-callrecords`: picks the command, runs it, and turns what went wrong into
 * a message and an exit status (2 for a usage error).
 */
import { UsageError } from './args.js'
import { COMMANDS, HELP, type Command } from './help.js'
import { PACKAGE_VERSION } from '../emit/version.js'

const NAME = 'graph-callrecords'

type Run = (argv: readonly string[]) => Promise<number>

/** Each command loads what it needs only: the emitters for schema, the schemas of one version for the others. */
const commands: Record<Command, () => Promise<Run>> = {
  validate: async () => (await import('./validate.js')).validate,
  normalize: async () => (await import('./normalize.js')).normalize,
  merge: async () => (await import('./merge.js')).merge,
  schema: async () => (await import('./schema.js')).schema,
}

const isCommand = (word: string): word is Command => (COMMANDS as readonly string[]).includes(word)

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
      else throw new UsageError(`unknown command ${JSON.stringify(topic)}; the commands are ${COMMANDS.join(', ')}`)
      return 0
    }
    if (first === '--version') {
      process.stdout.write(`${PACKAGE_VERSION}\n`)
      return 0
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (options go after the command)`)
    if (!isCommand(first)) throw new UsageError(`unknown command ${JSON.stringify(first)}; the commands are ${COMMANDS.join(', ')}`)
    return await (await commands[first]())(rest)
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `${NAME} ${error.command} --help` : `${NAME} --help`
      process.stderr.write(`${NAME}: ${error.message}\nSee "${help}".\n`)
      return 2
    }
    process.stderr.write(`${NAME}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 2
  }
}
