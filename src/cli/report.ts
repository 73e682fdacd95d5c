/**
 * How results are written: issue lines (`file:line: /pointer: message`), the counts of a run and its
 * summary line, the exit status, and the JSON report of `validate --format json`.
 */
import { formatIssue, type Issue } from '../parse/index.js'
import { escapeText, safeJson } from './escape.js'
import type { Output } from './output.js'
import { formatBytes } from './progress.js'
import type { Unreadable } from './records.js'

/*
 * Every line below escapes what comes from the input (file names, property names in pointers, values
 * in messages), so that one report line is one line and nothing reaches the terminal raw.
 */

/** `file:line: /pointer: message`. */
export const issueLine = (file: string, line: number, issue: Issue): string => `${escapeText(file)}:${line}: ${escapeText(formatIssue(issue))}`

/** `file:line: warning: /pointer: message`. */
export const warningLine = (file: string, line: number, warning: Issue): string => `${escapeText(file)}:${line}: warning: ${escapeText(formatIssue(warning))}`

/** `file:line: not valid JSON: …`. */
export const malformedLine = (file: string, line: number, message: string): string => `${escapeText(file)}:${line}: ${escapeText(message)}`

export const unreadableLine = ({ file, message }: Unreadable): string => `${escapeText(file)}: cannot read: ${escapeText(message)}`

/** The code of the issue a line or document that is not JSON gets in the JSON report. */
export const INVALID_JSON = 'invalid_json'

/** The counts of a run. */
export class Tally {
  files = 0
  bytes = 0
  records = 0
  valid = 0
  invalid = 0
  warnings = 0
  pages = 0
  invalidPages = 0
  readonly types = new Map<string, number>()
  unreadable: Unreadable[] = []
  private readonly started = performance.now()

  countType(name: string): void {
    this.types.set(name, (this.types.get(name) ?? 0) + 1)
  }

  /** 0 when every record and page was valid, 1 when one was not, 2 when an input could not be read. */
  get status(): number {
    if (this.unreadable.length > 0) return 2
    return this.invalid > 0 || this.invalidPages > 0 ? 1 : 0
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000
  }

  /** The summary, as the JSON report gives it. */
  toJSON(): Record<string, unknown> {
    return {
      files: this.files,
      bytes: this.bytes,
      records: this.records,
      valid: this.valid,
      invalid: this.invalid,
      warnings: this.warnings,
      pages: this.pages,
      invalidPages: this.invalidPages,
      types: Object.fromEntries(this.types),
      unreadable: this.unreadable,
      seconds: Number(this.seconds.toFixed(3)),
    }
  }
}

/** `1 record`, `2,000 records`. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
const plural = count

/** `12 records (10 CallRecord, 2 Session): 11 valid, 1 invalid, 3 warnings; 2 files, 1.2 MB in 0.3 s`. */
export const summaryLine = (command: string, tally: Tally, extra?: string): string => {
  const types = [...tally.types].map(([name, n]) => `${n.toLocaleString('en-US')} ${name}`).join(', ')
  const parts = [`${plural(tally.valid, 'valid', 'valid')}`, `${plural(tally.invalid, 'invalid', 'invalid')}`, plural(tally.warnings, 'warning')]
  if (tally.invalidPages > 0) parts.push(`${plural(tally.invalidPages, 'page')} with issues`)
  if (tally.unreadable.length > 0) parts.push(`${plural(tally.unreadable.length, 'input')} not read`)
  const input = `${plural(tally.files, 'input')}, ${formatBytes(tally.bytes)} in ${tally.seconds.toFixed(1)} s`
  return `${command}: ${plural(tally.records, 'record')}${types ? ` (${types})` : ''}: ${parts.join(', ')}${extra ? `; ${extra}` : ''}; ${input}`
}

/** One entry of the JSON report. */
export interface ReportEntry {
  readonly kind: 'record' | 'page'
  readonly file: string
  readonly line: number
  readonly index: number | null
  readonly id: string | null
  readonly type: string | null
  readonly valid: boolean
  readonly issues: readonly (Issue | { path: string; code: string; message: string })[]
  readonly warnings: readonly Issue[]
}

/**
 * The JSON report, written as it goes: `{"records": [...], "summary": {...}}`, one entry a line, so
 * that memory does not grow with the input.
 */
export class JsonReport {
  private first = true

  constructor(private readonly output: Output) {
    output.data('{"records":[')
  }

  add(entry: ReportEntry): void {
    this.output.data(`${this.first ? '\n' : ',\n'}${safeJson(entry)}`)
    this.first = false
  }

  end(tally: Tally): void {
    this.output.data(`${this.first ? '' : '\n'}],\n"summary":${safeJson(tally)}}\n`)
  }
}
