/**
 * `graph-callrecords redact`: writes every valid record with its personal data dropped, masked,
 * pseudonymized or truncated (docs/personal-data.md), one a line; reports the invalid ones on standard
 * error and skips them, as normalize does. The key is read from a file, never from the command line
 * (where `ps` and shell histories would see it), and is never written anywhere.
 */
import { readFileSync } from 'node:fs'
import { PersonalDataCategories, type PersonalDataCategory } from '../schema/personalDataCategory.js'
import { RedactModes, resolveOptions, type RedactMode, type RedactOptions } from '../privacy/options.js'
import { createRedactor } from '../privacy/redact.js'
import { UsageError } from './args.js'
import { runCommand, type RecordCommand } from './command.js'
import { COMMON_OPTIONS, TYPE_OPTION } from './context.js'
import { escapeText } from './escape.js'

const NAME = 'redact'

/** `--categories network=truncate,device=keep`. */
const parseCategories = (text: string): Partial<Record<PersonalDataCategory, RedactMode>> => {
  const out: Partial<Record<PersonalDataCategory, RedactMode>> = {}
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const [category, mode] = part.split('=').map((s) => s.trim())
    if (!(PersonalDataCategories as readonly string[]).includes(category ?? '') || !(RedactModes as readonly string[]).includes(mode ?? '')) {
      throw new UsageError(
        `option --categories needs category=mode pairs (categories: ${PersonalDataCategories.join(', ')}; modes: ${RedactModes.join(', ')}); received ${escapeText(JSON.stringify(part))}`,
        NAME,
      )
    }
    out[category as PersonalDataCategory] = mode as RedactMode
  }
  return out
}

/** The key in `path`, without the line end an editor adds. The messages name the file, never its content. */
const readKey = (path: string): Uint8Array => {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UsageError(`cannot read the key file ${escapeText(path)} (${code})`, NAME)
  }
  let end = bytes.length
  if (bytes[end - 1] === 0x0a) end--
  if (bytes[end - 1] === 0x0d) end--
  return new Uint8Array(bytes.subarray(0, end))
}

/** The redaction options of the command line, checked before anything is read. */
const optionsOf = (values: Readonly<Record<string, string | boolean | undefined>>): RedactOptions => {
  const mode = (values.mode ?? 'pseudonymize') as RedactMode
  const categories = typeof values.categories === 'string' ? parseCategories(values.categories) : {}
  const keyFile = values['key-file']
  const key = typeof keyFile === 'string' ? readKey(keyFile) : undefined
  const options: RedactOptions = { mode, categories, ...(key ? { key } : {}) }
  const needsKey = mode === 'pseudonymize' || Object.values(categories).includes('pseudonymize')
  if (needsKey && key === undefined) throw new UsageError('pseudonymize needs --key-file <file> (a secret of at least 16 bytes, e.g. openssl rand -base64 32)', NAME)
  return options
}

const REDACT: RecordCommand = {
  name: NAME,
  options: {
    ...COMMON_OPTIONS,
    ...TYPE_OPTION,
    mode: { type: 'string', choices: RedactModes },
    categories: { type: 'string' },
    'key-file': { type: 'string' },
  },
  prepare: (values) => {
    const options = optionsOf(values)
    // Checked as the redactor checks them; the messages never quote the key.
    try {
      resolveOptions(options)
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.replace('options.key', '--key-file') : String(error), NAME)
    }
  },
  start: ({ output }, values) => {
    const options = optionsOf(values)
    const redactors = new Map<object, (value: unknown) => unknown>()
    let written = 0
    return {
      write: (line) => output.message(line),
      record: (event, result) => {
        if (!result.success) return
        let redactor = redactors.get(event.type.schema)
        if (redactor === undefined) redactors.set(event.type.schema, (redactor = createRedactor(event.type.schema, options)))
        output.data(`${JSON.stringify(redactor(result.value))}\n`)
        written++
      },
      end: () => `${written.toLocaleString('en-US')} written`,
    }
  },
}

export const redact = (argv: readonly string[]): Promise<number> => runCommand(REDACT, argv)
