/**
 * `graph-callrecords validate`: checks every record and reports each issue, as text lines or as one
 * JSON report, with a summary on standard error.
 */
import { parseCommandLine, type OptionSpecs } from './args.js'
import { checkMalformed, checkPage, checkRecord, type LineSink } from './check.js'
import { COMMON_OPTIONS, hintStdin, runContext } from './context.js'
import { HELP } from './help.js'
import { readRecords } from './records.js'
import { INVALID_JSON, JsonReport, summaryLine, unreadableLine } from './report.js'

const OPTIONS = {
  ...COMMON_OPTIONS,
  type: { type: 'string' },
  format: { type: 'string', choices: ['text', 'json'] },
} as const satisfies OptionSpecs

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
  return typeof id === 'string' ? id : null
}

export const validate = async (argv: readonly string[]): Promise<number> => {
  const { values, operands } = parseCommandLine(argv, OPTIONS, 'validate')
  if (values.help === true) {
    process.stdout.write(`${HELP.validate}\n`)
    return 0
  }
  const context = await runContext('validate', values, operands)
  const { output, tally, progress } = context
  const report = values.format === 'json' ? new JsonReport(output) : undefined
  const write: LineSink = report ? undefined : (line) => output.data(`${line}\n`)
  hintStdin(context)

  tally.unreadable = await readRecords(
    context.sources,
    { registry: context.registry, type: context.type, progress, between: () => output.ready(), stopped: () => output.isClosed },
    (event) => {
      switch (event.kind) {
        case 'record': {
          const result = checkRecord(context, event, write)
          report?.add({
            kind: 'record',
            file: event.file,
            line: event.line,
            index: event.index,
            id: idOf(event.value),
            type: event.type.name,
            valid: result.success,
            issues: result.success ? [] : result.issues,
            warnings: result.warnings,
          })
          break
        }
        case 'malformed':
          checkMalformed(context, event, write)
          report?.add({
            kind: 'record',
            file: event.file,
            line: event.line,
            index: event.index,
            id: null,
            type: null,
            valid: false,
            issues: [{ path: '', code: INVALID_JSON, message: event.message }],
            warnings: [],
          })
          break
        case 'page': {
          const result = checkPage(context, event, write)
          if (report && result && (!result.success || result.warnings.length > 0)) {
            report.add({
              kind: 'page',
              file: event.file,
              line: event.line,
              index: null,
              id: null,
              type: event.type.page?.name ?? null,
              valid: result.success,
              issues: result.success ? [] : result.issues,
              warnings: result.warnings,
            })
          }
          break
        }
      }
    },
  )

  tally.bytes = progress.bytesRead
  progress.clear()
  for (const problem of tally.unreadable) output.message(unreadableLine(problem))
  report?.end(tally)
  await output.end()
  if (!context.quiet) output.message(summaryLine('validate', tally))
  return tally.status
}
