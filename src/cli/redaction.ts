/**
 * The redaction options of the command line (`--mode`, `--categories`, `--key-file`), read the same way by
 * `redact` and by `export --redact`. The key is read from a file, never from the command line (where `ps`
 * and shell histories would see it), and no message quotes it.
 */
import { readFileSync } from 'node:fs'
import type { TSchema } from '@sinclair/typebox'
import { PersonalDataCategories, type PersonalDataCategory } from '../schema/personalDataCategory.js'
import { RedactModes, resolveOptions, type RedactMode, type RedactOptions } from '../privacy/options.js'
import { createRedactor } from '../privacy/redact.js'
import { UsageError } from './args.js'
import type { OptionSpecs } from './args.js'
import { escapeText } from './escape.js'

/** The options that choose how personal data is redacted. */
export const REDACTION_OPTIONS = {
  mode: { type: 'string', choices: RedactModes },
  categories: { type: 'string' },
  'key-file': { type: 'string' },
} as const satisfies OptionSpecs

type Values = Readonly<Record<string, string | boolean | undefined>>

/** `--categories network=truncate,device=keep`. */
const parseCategories = (text: string, command: string): Partial<Record<PersonalDataCategory, RedactMode>> => {
  const out: Partial<Record<PersonalDataCategory, RedactMode>> = {}
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const [category, mode] = part.split('=').map((s) => s.trim())
    if (!(PersonalDataCategories as readonly string[]).includes(category ?? '') || !(RedactModes as readonly string[]).includes(mode ?? '')) {
      throw new UsageError(
        `option --categories needs category=mode pairs (categories: ${PersonalDataCategories.join(', ')}; modes: ${RedactModes.join(', ')}); received ${escapeText(JSON.stringify(part))}`,
        command,
      )
    }
    out[category as PersonalDataCategory] = mode as RedactMode
  }
  return out
}

/** The key in `path`, without the line end an editor adds. The messages name the file, never its content. */
const readKey = (path: string, command: string): Uint8Array => {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UsageError(`cannot read the key file ${escapeText(path)} (${code})`, command)
  }
  let end = bytes.length
  if (bytes[end - 1] === 0x0a) end--
  if (bytes[end - 1] === 0x0d) end--
  return new Uint8Array(bytes.subarray(0, end))
}

/** The redaction options of the command line, checked as the redactor checks them, before anything is read. */
export const redactionOptionsOf = (values: Values, command: string): RedactOptions => {
  const mode = (values.mode ?? 'pseudonymize') as RedactMode
  const categories = typeof values.categories === 'string' ? parseCategories(values.categories, command) : {}
  const keyFile = values['key-file']
  const key = typeof keyFile === 'string' ? readKey(keyFile, command) : undefined
  const options: RedactOptions = { mode, categories, ...(key ? { key } : {}) }
  const needsKey = mode === 'pseudonymize' || Object.values(categories).includes('pseudonymize')
  if (needsKey && key === undefined)
    throw new UsageError('pseudonymize needs --key-file <file> (a secret of at least 16 bytes, e.g. openssl rand -base64 32)', command)
  try {
    resolveOptions(options)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace('options.key', '--key-file') : String(error), command)
  }
  return options
}

/** One redactor per schema, made when a record of that schema first comes. */
export const redactorsFor = (options: RedactOptions): ((schema: TSchema, value: unknown) => unknown) => {
  const redactors = new Map<object, (value: unknown) => unknown>()
  return (schema, value) => {
    let redactor = redactors.get(schema)
    if (redactor === undefined) redactors.set(schema, (redactor = createRedactor(schema, options)))
    return redactor(value)
  }
}
