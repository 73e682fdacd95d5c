/**
 * Checking what the reader hands out, the same way in every command: parse a record with its type's
 * parser, check a page's control information with the page's parser, count the results, and write
 * the issue lines (warnings too, unless `--quiet`).
 */
import type { SafeParseResult } from '../parse/index.js'
import type { RunContext } from './context.js'
import type { MalformedEvent, PageEvent, RecordEvent } from './records.js'
import { issueLine, malformedLine, warningLine } from './report.js'

/** Where issue lines go: standard output for validate, standard error for the others; nowhere for a JSON report. */
export type LineSink = ((line: string) => void) | undefined

const writeProblems = (context: RunContext, write: LineSink, file: string, line: number, result: SafeParseResult<unknown>): void => {
  if (write === undefined) return
  if (!result.success) for (const issue of result.issues) write(issueLine(file, line, issue))
  if (!context.quiet) for (const warning of result.warnings) write(warningLine(file, line, warning))
}

/** Parses a record, counts it, writes its problems; the result holds the normalized record when valid. */
export const checkRecord = (context: RunContext, event: RecordEvent, write: LineSink): SafeParseResult<unknown> => {
  const result = event.type.parser.safeParse(event.value, { mode: context.mode })
  const { tally } = context
  tally.records++
  tally.countType(event.type.name)
  if (result.success) tally.valid++
  else tally.invalid++
  tally.warnings += result.warnings.length
  writeProblems(context, write, event.file, event.line, result)
  return result
}

/** A record that is not JSON: counted as an invalid record, reported with its line. */
export const checkMalformed = (context: RunContext, event: MalformedEvent, write: LineSink): void => {
  context.tally.records++
  context.tally.invalid++
  write?.(malformedLine(event.file, event.line, event.message))
}

/** Checks a page's control information against its page schema; undefined when the type has no page. */
export const checkPage = (context: RunContext, event: PageEvent, write: LineSink): SafeParseResult<unknown> | undefined => {
  const { tally } = context
  tally.pages++
  const page = event.type.page
  if (page === undefined) return undefined
  const result = page.parser.safeParse(event.value, { mode: context.mode })
  if (!result.success) tally.invalidPages++
  tally.warnings += result.warnings.length
  writeProblems(context, write, event.file, event.line, result)
  return result
}
