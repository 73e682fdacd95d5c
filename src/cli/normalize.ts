/**
 * `graph-callrecords normalize`: writes every valid record as parsed, one a line; reports the invalid
 * ones on standard error and skips them.
 */
import { parseCommandLine, type OptionSpecs } from './args.js'
import { checkMalformed, checkPage, checkRecord, type LineSink } from './check.js'
import { COMMON_OPTIONS, hintStdin, runContext } from './context.js'
import { HELP } from './help.js'
import { readRecords } from './records.js'
import { summaryLine, unreadableLine } from './report.js'

const OPTIONS = { ...COMMON_OPTIONS, type: { type: 'string' } } as const satisfies OptionSpecs

export const normalize = async (argv: readonly string[]): Promise<number> => {
  const { values, operands } = parseCommandLine(argv, OPTIONS, 'normalize')
  if (values.help === true) {
    process.stdout.write(`${HELP.normalize}\n`)
    return 0
  }
  const context = await runContext('normalize', values, operands)
  const { output, tally, progress } = context
  const write: LineSink = (line) => output.message(line)
  let written = 0
  hintStdin(context)

  tally.unreadable = await readRecords(
    context.sources,
    { registry: context.registry, type: context.type, progress, between: () => output.ready(), stopped: () => output.isClosed },
    (event) => {
      if (event.kind === 'page') checkPage(context, event, write)
      else if (event.kind === 'malformed') checkMalformed(context, event, write)
      else {
        const result = checkRecord(context, event, write)
        if (result.success) {
          output.data(`${JSON.stringify(result.value)}\n`)
          written++
        }
      }
    },
  )

  tally.bytes = progress.bytesRead
  progress.clear()
  for (const problem of tally.unreadable) output.message(unreadableLine(problem))
  await output.end()
  if (!context.quiet) output.message(summaryLine('normalize', tally, `${written.toLocaleString('en-US')} written`))
  return tally.status
}
