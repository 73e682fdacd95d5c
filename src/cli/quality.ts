/**
 * `graph-callrecords quality`: every stream of every call record classified by {@link callQuality},
 * counted per kind, and the poorest calls. Holds the counts and the poorest calls only, so memory does
 * not grow with the input. Each record read counts: merge the versions of a call first.
 */
import { callQuality } from '../quality/callQuality.js'
import type { StreamKind } from '../quality/classifyStream.js'
import type { QualityCallRecord } from '../quality/record.js'
import { summarize, type QualitySummary } from '../quality/summary.js'
import { UsageError } from './args.js'
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS } from './context.js'

const KINDS: readonly StreamKind[] = ['audio', 'video', 'videoBasedScreenSharing']

interface PoorCall {
  readonly id: string | null
  readonly file: string
  readonly line: number
  readonly summary: QualitySummary
}

const percent = (rate: number | null): string => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`)

/** Poorer first: a higher poor rate, then more poor streams. */
const poorer = (a: PoorCall, b: PoorCall): number => (b.summary.poorRate ?? 0) - (a.summary.poorRate ?? 0) || b.summary.poor - a.summary.poor

const table = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n')
}

/** Two summaries as one, the poor rate by the rule of {@link summarize}. */
const add = (a: QualitySummary, b: QualitySummary): QualitySummary => {
  const good = a.good + b.good
  const poor = a.poor + b.poor
  return { good, poor, unclassified: a.unclassified + b.unclassified, poorRate: good + poor === 0 ? null : poor / (good + poor) }
}

const QUALITY: RecordCommand = {
  name: 'quality',
  options: { ...COMMON_OPTIONS, format: { type: 'string', choices: ['text', 'json'] }, top: { type: 'string' } },
  start: ({ output }, values) => {
    const top = values.top === undefined ? 10 : Number(values.top)
    if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top must be a whole number, received ${String(values.top)}`, 'quality')
    const empty = summarize([])
    const byKind: Record<StreamKind, QualitySummary> = { audio: empty, video: empty, videoBasedScreenSharing: empty }
    let all = empty
    let calls = 0
    const poorest: PoorCall[] = []
    return {
      write: (line) => output.message(line),
      record: (event, result) => {
        if (!result.success || event.type !== event.registry.callRecord) return
        const quality = callQuality(result.value as QualityCallRecord)
        calls++
        for (const kind of KINDS) byKind[kind] = add(byKind[kind], quality.byKind[kind])
        all = add(all, quality.call)
        if (quality.call.poor === 0 || top === 0) return
        poorest.push({ id: quality.callRecordId, file: event.file, line: event.line, summary: quality.call })
        poorest.sort(poorer)
        poorest.length = Math.min(poorest.length, top)
      },
      end: () => {
        if (values.format === 'json') {
          output.data(`${JSON.stringify({ calls, byKind, streams: all, poorestCalls: poorest }, null, 2)}\n`)
        } else {
          const row = (name: string, s: QualitySummary) => [name, String(s.good), String(s.poor), String(s.unclassified), percent(s.poorRate)]
          const lines = [table([['streams', 'good', 'poor', 'unclassified', 'poor rate'], ...KINDS.map((k) => row(k, byKind[k])), row('all', all)])]
          if (poorest.length > 0) {
            lines.push('', 'poorest calls:')
            for (const call of poorest) {
              const { poor, good } = call.summary
              lines.push(
                `  ${call.id ?? '(no id)'}  ${poor} poor of ${poor + good} classified streams (${percent(call.summary.poorRate)})  ${call.file}:${call.line}`,
              )
            }
          }
          output.data(`${lines.join('\n')}\n`)
        }
        return `${calls.toLocaleString('en-US')} call records`
      },
    }
  },
}

export const quality = (argv: readonly string[]): Promise<number> => runCommand(QUALITY, argv)
