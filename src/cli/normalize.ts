/**
 * `graph-callrecords normalize`: writes every valid record as parsed, one a line; reports the invalid
 * ones on standard error and skips them.
 */
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS, TYPE_OPTION } from './context.js'

const NORMALIZE: RecordCommand = {
  name: 'normalize',
  options: { ...COMMON_OPTIONS, ...TYPE_OPTION },
  start: ({ output }) => {
    let written = 0
    return {
      write: (line) => output.message(line),
      record: (_event, result) => {
        if (!result.success) return
        output.data(`${JSON.stringify(result.value)}\n`)
        written++
      },
      end: () => `${written.toLocaleString('en-US')} written`,
    }
  },
}

export const normalize = (argv: readonly string[]): Promise<number> => runCommand(NORMALIZE, argv)
