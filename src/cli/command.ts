/**
 * The start and end of every record command (validate, normalize, merge), written once: parse the
 * command line, open the inputs and the output, read and check every record, then report what could
 * not be read, let the command write what it kept, and close with the summary and the exit status.
 * A command says only what it does with each checked record ({@link RecordHandler}).
 */
import type { SafeParseResult } from '../parse/index.js'
import { parseCommandLine, type OptionSpecs } from './args.js'
import { checkMalformed, checkPage, checkRecord, type LineSink } from './check.js'
import { hintStdin, runContext, type RunContext } from './context.js'
import { escapeText } from './escape.js'
import { HELP } from './help.js'
import { OUTPUT_FAILED } from './output.js'
import { readRecords, type MalformedEvent, type PageEvent, type RecordEvent } from './records.js'
import { count, summaryLine, unreadableLine } from './report.js'

/** What a command does with what is read, once each record, line or page has been checked and counted. */
export interface RecordHandler {
  /** Where issue lines go: standard output for validate, standard error for the others, nowhere for a JSON report. */
  readonly write: LineSink
  record?(event: RecordEvent, result: SafeParseResult<unknown>): void
  malformed?(event: MalformedEvent): void
  page?(event: PageEvent, result: SafeParseResult<unknown> | undefined): void
  /** Before the first input is read: open what the command writes to (a database). */
  begin?(): Promise<void>
  /** Between chunks of input: finish, asynchronously, what the records of the chunk started (database writes). */
  ready?(): Promise<void>
  /** Every input is read: write what is left; returns the closing words of the summary (`3 written`). */
  end?(): string | undefined | Promise<string | undefined>
}

/** A record command: its name, its options, and the handler of one run. */
export interface RecordCommand {
  readonly name: 'validate' | 'normalize' | 'merge' | 'export' | 'quality' | 'redact'
  readonly options: OptionSpecs
  /** How many operands come before the inputs (the target of `export`); they are handed to `start`. */
  readonly leadingOperands?: number
  /** Checks the command's own options before any input or output is opened; throws a UsageError. */
  prepare?(values: Readonly<Record<string, string | boolean | undefined>>): void
  start(context: RunContext, values: Readonly<Record<string, string | boolean | undefined>>, leading: readonly string[]): RecordHandler
}

/** Runs `command` on the command line `argv`; resolves to the exit status. */
export const runCommand = async (command: RecordCommand, argv: readonly string[]): Promise<number> => {
  const { name } = command
  const { values, operands } = parseCommandLine(argv, command.options, name)
  if (values.help === true) {
    process.stdout.write(`${HELP[name]}\n`)
    return 0
  }
  command.prepare?.(values)
  const leading = operands.slice(0, command.leadingOperands ?? 0)
  const context = await runContext(name, values, operands.slice(leading.length))
  const { output, tally, progress, quiet } = context
  const handler = command.start(context, values, leading)
  await handler.begin?.()
  hintStdin(context)

  tally.unreadable = await readRecords(
    context.sources,
    {
      registries: context.registries,
      type: context.type,
      maxLine: context.maxLine,
      progress,
      notice: (message, warning) => {
        if (!quiet) output.message(escapeText(message))
        if (warning) tally.warnings++
      },
      between: async () => {
        await handler.ready?.()
        await output.ready()
      },
      stopped: () => output.isClosed,
    },
    (event) => {
      if (event.kind === 'record') handler.record?.(event, checkRecord(context, event, handler.write))
      else if (event.kind === 'malformed') {
        checkMalformed(context, event, handler.write)
        handler.malformed?.(event)
      } else handler.page?.(event, checkPage(context, event, handler.write))
    },
  )

  tally.bytes = progress.bytesRead
  progress.clear()
  for (const problem of tally.unreadable) output.message(unreadableLine(problem))
  const closing = output.isClosed ? undefined : await handler.end?.()
  await output.end()
  const failure = output.failure
  if (failure !== undefined) {
    // The counts would describe part of the input as if it were all of it: say how far the run got instead.
    output.message(`${name}: ${failure} (${count(tally.records, 'record')} read)`)
    return OUTPUT_FAILED
  }
  if (!quiet) output.message(summaryLine(name, tally, closing))
  return tally.status
}
