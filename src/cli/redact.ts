/**
 * `graph-callrecords redact`: writes every valid record with its personal data dropped, masked,
 * pseudonymized or truncated (docs/personal-data.md), one a line; reports the invalid ones on standard
 * error and skips them, as normalize does. The key is read from a file, never from the command line
 * (where `ps` and shell histories would see it), and is never written anywhere.
 */
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS, TYPE_OPTION } from './context.js'
import { REDACTION_OPTIONS, redactionOptionsOf, redactorsFor } from './redaction.js'

const NAME = 'redact'

const REDACT: RecordCommand = {
  name: NAME,
  options: {
    ...COMMON_OPTIONS,
    ...TYPE_OPTION,
    ...REDACTION_OPTIONS,
  },
  prepare: (values) => {
    redactionOptionsOf(values, NAME)
  },
  start: ({ output }, values) => {
    const redact = redactorsFor(redactionOptionsOf(values, NAME))
    let written = 0
    return {
      write: (line) => output.message(line),
      record: (event, result) => {
        if (!result.success) return
        output.data(`${JSON.stringify(redact(event.type.schema, result.value))}\n`)
        written++
      },
      end: () => `${written.toLocaleString('en-US')} written`,
    }
  },
}

export const redact = (argv: readonly string[]): Promise<number> => runCommand(REDACT, argv)
