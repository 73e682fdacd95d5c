/**
 * The command line: a command, its options (`--name value`, `--name=value`, `-q`) and its operands, in
 * any order; `--` ends the options, `-` is an operand (standard input). Anything not understood is a
 * usage error, which exits with status 2.
 */
import { parseArgs } from 'node:util'
import { escapeText } from './escape.js'
import { didYouMean } from './suggest.js'

/** A command line the command cannot run; the message says what to change. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at. */
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** The values a string option accepts. */
  readonly choices?: readonly string[]
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>
  readonly operands: readonly string[]
}

/** Parses `argv` against `specs`; throws a {@link UsageError} naming the first problem. */
export const parseCommandLine = (argv: readonly string[], specs: OptionSpecs, command?: string): ParsedArgs => {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}
  for (const [name, spec] of Object.entries(specs)) options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })
  const values: Record<string, string | boolean | undefined> = {}
  const operands: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') {
      operands.push(token.value)
      continue
    }
    if (token.kind !== 'option') continue
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined
    if (spec === undefined) {
      const known = Object.keys(specs).map((name) => `--${name}`)
      throw new UsageError(`unknown option ${escapeText(token.rawName)}${didYouMean(token.rawName, known)}`, command)
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option ${token.rawName} takes no value`, command)
      values[token.name] = true
      continue
    }
    if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`option ${token.rawName} needs a value${spec.choices ? `: ${spec.choices.join(', ')}` : ''}`, command)
    }
    if (spec.choices && !spec.choices.includes(token.value)) {
      throw new UsageError(
        `option ${token.rawName} must be one of ${spec.choices.join(', ')}; received ${escapeText(JSON.stringify(token.value))}${didYouMean(token.value, spec.choices)}`,
        command,
      )
    }
    values[token.name] = token.value
  }
  return { values, operands }
}
