/**
 * `graph-callrecords merge`: one merged record per call id, from any number of versions in any order,
 * in order of first appearance. Each valid call record goes to the library's incremental merger as it is read; the
 * merged records are written once every input is read.
 */
import { createMerger, type CallRecordMerger } from '../merge/callRecordMerger.js'
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS } from './context.js'
import { count, issueLine } from './report.js'

type Json = Record<string, unknown>

const MERGE: RecordCommand = {
  name: 'merge',
  options: COMMON_OPTIONS,
  start: ({ output, tally, mode }) => {
    // Made with the model of the first call record's version: it says which collections are merged by id.
    let merger: CallRecordMerger<Json> | undefined
    const write = (line: string): void => output.message(line)
    /** A valid record the merge cannot take: reported and counted as invalid, so that it does not stop the run. */
    const skip = (file: string, line: number, path: string, message: string): void => {
      tally.valid--
      tally.invalid++
      write(issueLine(file, line, { path, code: 'invalid_type', message }))
    }
    return {
      write,
      record: (event, result) => {
        if (!result.success) return
        const record = result.value as Json
        const { file, line } = event
        if (event.type !== event.registry.callRecord) skip(file, line, '', `not a call record (it looks like a ${event.type.name}); merge reads call records`)
        else if (typeof record.id !== 'string') skip(file, line, '/id', 'a call record without an id cannot be merged')
        else if (mode === 'strict' && typeof record.version !== 'number')
          skip(file, line, '/version', 'a call record without a version cannot be merged in strict mode')
        else {
          merger ??= createMerger<Json>({ mode, model: event.registry.model })
          const added = merger.add(record)
          if (!added.ok) skip(file, line, '', `cannot be merged: ${added.error.message}`)
        }
      },
      end: () => {
        let written = 0
        for (const record of merger?.records() ?? []) {
          output.data(`${JSON.stringify(record)}\n`)
          written++
        }
        return `${count(written, 'call record')} written`
      },
    }
  },
}

export const merge = (argv: readonly string[]): Promise<number> => runCommand(MERGE, argv)
