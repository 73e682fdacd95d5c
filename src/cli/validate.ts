/**
 * `graph-callrecords validate`: checks every record and reports each issue, as text lines or as one
 * JSON report, with a summary on standard error.
 */
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS, TYPE_OPTION } from './context.js'
import { INVALID_JSON, JsonReport } from './report.js'

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
  return typeof id === 'string' ? id : null
}

const VALIDATE: RecordCommand = {
  name: 'validate',
  options: { ...COMMON_OPTIONS, ...TYPE_OPTION, format: { type: 'string', choices: ['text', 'json'] } },
  start: (context, values) => {
    const { output, tally } = context
    const report = values.format === 'json' ? new JsonReport(output) : undefined
    return {
      write: report ? undefined : (line) => output.data(`${line}\n`),
      record: (event, result) =>
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
        }),
      malformed: (event) =>
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
        }),
      page: (event, result) => {
        if (!report || !result || (result.success && result.warnings.length === 0)) return
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
      },
      end: () => {
        report?.end(tally)
        return undefined
      },
    }
  },
}

export const validate = (argv: readonly string[]): Promise<number> => runCommand(VALIDATE, argv)
