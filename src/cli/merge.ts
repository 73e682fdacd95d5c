/**
 * `graph-callrecords merge`: one merged record per call id, from any number of versions in any order
 * (`latestCallRecords` over the parsed records, fed as they are read), in order of first appearance.
 */
import { latestCallRecords } from '../merge/index.js'
import { parseCommandLine, type OptionSpecs } from './args.js'
import { Channel } from './channel.js'
import { checkMalformed, checkPage, checkRecord, type LineSink } from './check.js'
import { COMMON_OPTIONS, hintStdin, runContext } from './context.js'
import { HELP } from './help.js'
import { readRecords } from './records.js'
import { issueLine, summaryLine, unreadableLine } from './report.js'

const OPTIONS = COMMON_OPTIONS satisfies OptionSpecs

type Json = Record<string, unknown>

export const merge = async (argv: readonly string[]): Promise<number> => {
  const { values, operands } = parseCommandLine(argv, OPTIONS, 'merge')
  if (values.help === true) {
    process.stdout.write(`${HELP.merge}\n`)
    return 0
  }
  const context = await runContext('merge', values, operands)
  const { output, tally, progress, registry } = context
  const write: LineSink = (line) => output.message(line)
  const skip = (file: string, line: number, path: string, message: string): void => {
    tally.valid--
    tally.invalid++
    write(issueLine(file, line, { path, code: 'invalid_type', message }))
  }

  const channel = new Channel<Json>()
  let failure: unknown
  const merged = latestCallRecords(channel, { mode: context.mode, model: context.registry.model }).catch((error: unknown) => {
    failure = error
    channel.abort()
    return [] as Json[]
  })
  hintStdin(context)

  tally.unreadable = await readRecords(
    context.sources,
    { registry, progress, between: () => channel.drained() },
    (event) => {
      if (event.kind === 'page') {
        checkPage(context, event, write)
        return
      }
      if (event.kind === 'malformed') {
        checkMalformed(context, event, write)
        return
      }
      const result = checkRecord(context, event, write)
      if (!result.success) return
      // What the merge cannot take is reported and skipped here, so that one record does not stop the run.
      const record = result.value as Json
      if (event.type !== registry.callRecord) skip(event.file, event.line, '', `not a call record (it looks like a ${event.type.name}); merge reads call records`)
      else if (typeof record.id !== 'string') skip(event.file, event.line, '/id', 'a call record without an id cannot be merged')
      else if (context.mode === 'strict' && typeof record.version !== 'number')
        skip(event.file, event.line, '/version', 'a call record without a version cannot be merged in strict mode')
      else channel.push(record)
    },
  )
  channel.close()
  const records = await merged

  tally.bytes = progress.bytesRead
  progress.clear()
  for (const problem of tally.unreadable) output.message(unreadableLine(problem))
  if (failure !== undefined) {
    output.message(`merge: ${failure instanceof Error ? failure.message : String(failure)}`)
    return Math.max(tally.status, 1)
  }
  for (const record of records) output.data(`${JSON.stringify(record)}\n`)
  await output.end()
  if (!context.quiet) output.message(summaryLine('merge', tally, `${records.length.toLocaleString('en-US')} call records written`))
  return tally.status
}
