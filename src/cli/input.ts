/**
 * Reads one input (a file or standard input) and tells its shape apart: NDJSON (one JSON value a line)
 * or one JSON document (a record, an array, a page), possibly spread over many lines.
 *
 * The first non-blank line decides: when it is JSON on its own, the input is NDJSON, read line by line
 * with bounded memory (a single-line document is one NDJSON line, which gives the same result).
 * Otherwise a few more lines decide: when most of them are JSON on their own, the input is NDJSON
 * whose first line is broken; else it is a multi-line document, read whole. A document that turns out
 * not to be JSON, but has lines that are JSON objects or arrays on their own, is read as NDJSON after
 * all: detection never drops a line.
 *
 * Text that is not UTF-8 is named: UTF-16 and UTF-32 (by their byte order mark or the NUL bytes of
 * ASCII text) and binary data make the input unreadable; a line that is not UTF-8 is reported.
 */
import { documentLines, type DocumentLines } from './positions.js'
import { isUtf8 } from 'node:buffer'
import { LineSplitter, NOT_UTF8, type LineHandler } from './lines.js'
import { lineAndColumn, syntaxErrorOffset } from './syntax.js'

/** A top-level value: a record or a page, with the line where it starts and, for a page, where its items start. */
export interface Unit {
  readonly value: unknown
  readonly line: number
  readonly itemLines?: readonly number[] | undefined
}

export interface InputHandler {
  /** A value read from the input: a record, or a page of records. */
  unit(unit: Unit): void
  /** A line (NDJSON) or a document that is not JSON. */
  malformed(line: number, message: string): void
  /** Bytes read, for the progress bar. */
  bytes(count: number): void
  /** Called between chunks: wait here for the output to drain. */
  between?(): Promise<void> | void
  /** True when reading should stop (nobody reads the output any more). */
  stopped?(): boolean
}

export type Shape = 'ndjson' | 'document' | 'empty'

/** How many lines after a broken first line decide between NDJSON and a document, and how many bytes at most. */
const DECIDING_LINES = 16
const DECIDING_BYTES = 1 << 20

const isBlank = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a && c !== 0xfeff) return false
  }
  return true
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

const MAX_MESSAGE = 160
const syntaxMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  return `not valid JSON: ${message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message}`
}

/** What an NDJSON line is: a JSON object or array (a record, an array of records, a page). */
const parsesAlone = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null
  } catch {
    return false
  }
}

/** A parsed value as units: the elements of an array, or the value itself. */
const emit = (handler: InputHandler, value: unknown, line: number, lines?: DocumentLines): void => {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) handler.unit({ value: value[i], line: lines?.elements[i] ?? line, itemLines: lines?.items.get(i) })
  } else handler.unit({ value, line: lines?.start ?? line, itemLines: lines?.items.get(-1) })
}

/** The line of the first non-blank character. */
const firstLine = (text: string): number => {
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) line++
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break
  }
  return line
}

/** The default longest line: NDJSON lines hold one record, which Graph keeps far smaller. */
export const DEFAULT_MAX_LINE = 64 * 2 ** 20

/** An input the command cannot read as a whole (its encoding); the message says why. */
export class UnreadableInputError extends Error {
  override readonly name = 'UnreadableInputError'
}

/**
 * The encoding of an input that is not UTF-8, from its first bytes: a byte order mark of UTF-16 or
 * UTF-32, or NUL bytes, which JSON text never holds (ASCII in UTF-16 has one every other byte).
 */
export const encodingProblem = (head: Buffer): string | undefined => {
  const [a, b, c, d] = head
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32 (little-endian) text' : 'UTF-16 (little-endian) text'
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian) text'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian) text'
  const sample = head.subarray(0, 64)
  if (sample.indexOf(0) < 0) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++
  const pairs = Math.floor(sample.length / 2)
  if (evenZeros === 0 && oddZeros * 2 >= pairs) return 'UTF-16 (little-endian) text without a byte order mark'
  if (oddZeros === 0 && evenZeros * 2 >= pairs) return 'UTF-16 (big-endian) text without a byte order mark'
  return 'binary data (NUL bytes), not text'
}

const checkEncoding = (head: Buffer): void => {
  const problem = encodingProblem(head)
  if (problem === undefined) return
  const convert = problem.startsWith('UTF') ? `; convert it to UTF-8 first (iconv -f ${problem.slice(0, 6)} -t UTF-8)` : ''
  throw new UnreadableInputError(`${problem}: only UTF-8 is read${convert}`)
}

/** A line kept while the shape is undecided: its text, or why it could not be read. */
interface Pending {
  readonly line: number
  readonly text?: string
  readonly problem?: string
}

/** How an input is read. */
export interface InputOptions {
  /** The longest line read, in bytes ({@link DEFAULT_MAX_LINE}). */
  readonly maxLine?: number
}

/** Reads `chunks` to the end, handing every value (or malformed line) to `handler`; returns the shape found. */
export const readInput = async (chunks: AsyncIterable<Buffer | string>, handler: InputHandler, options: InputOptions = {}): Promise<Shape> => {
  const maxLine = options.maxLine ?? DEFAULT_MAX_LINE
  let shape: Shape | undefined
  const splitter = new LineSplitter(maxLine)
  /** The input so far, kept while the shape is undecided and for a document. */
  let raw: Buffer[] = []
  let rawBytes = 0
  /** The non-blank lines seen while undecided. */
  let pending: Pending[] = []

  const ndjsonLine = (text: string, line: number): void => {
    if (isBlank(text)) return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      handler.malformed(line, syntaxMessage(error))
      return
    }
    emit(handler, value, line)
  }

  const replay = (lines: readonly Pending[]): void => {
    for (const { text, line, problem } of lines) {
      if (text === undefined) handler.malformed(line, problem ?? NOT_UTF8)
      else ndjsonLine(text, line)
    }
  }

  const becomeNdjson = (): void => {
    shape = 'ndjson'
    const lines = pending
    pending = []
    raw = []
    rawBytes = 0
    replay(lines)
  }

  /** The first line was not JSON on its own: most of the next lines decide. */
  const decide = (): void => {
    const others = pending.slice(1)
    const alone = others.filter((l) => l.text !== undefined && parsesAlone(l.text)).length
    if (others.length > 0 && alone * 2 > others.length) becomeNdjson()
    else {
      shape = 'document'
      pending = []
    }
  }

  const undecidedLine = (text: string, line: number): boolean => {
    if (line === 1) text = stripBom(text)
    if (isBlank(text)) return true
    pending.push({ text, line })
    if (pending.length === 1) {
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        return true
      }
      shape = 'ndjson'
      pending = []
      raw = []
      rawBytes = 0
      emit(handler, value, line)
      return true
    }
    if (pending.length > DECIDING_LINES) decide()
    return shape !== 'document'
  }

  const lines: LineHandler = {
    line: (text, line) => {
      if (shape === 'ndjson') {
        ndjsonLine(text, line)
        return true
      }
      return undecidedLine(text, line)
    },
    unreadable: (line, message, tooLong) => {
      if (shape === 'ndjson') {
        handler.malformed(line, message)
        return
      }
      pending.push({ line, problem: message })
      // A line past the limit is never part of a document read whole: that would hold it in memory.
      if (tooLong) becomeNdjson()
      else if (pending.length > DECIDING_LINES) decide()
    },
  }

  /** The whole input, when it was not NDJSON: one document, or lines after all when it is not JSON. */
  const readWhole = (bytes: Buffer): Shape => {
    let fault: { line: number; message: string } | undefined
    if (isUtf8(bytes)) {
      const text = stripBom(bytes.toString('utf8'))
      if (isBlank(text)) return 'empty'
      try {
        const value: unknown = JSON.parse(text)
        const isPage = typeof value === 'object' && value !== null && Array.isArray((value as { value?: unknown }).value)
        if (Array.isArray(value) || isPage) emit(handler, value, 1, documentLines(text))
        else emit(handler, value, firstLine(text))
        return 'document'
      } catch (error) {
        const offset = syntaxErrorOffset(text)
        const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset)
        // The line and column count in the text as it is, byte order mark included.
        fault = { line, message: `${syntaxMessage(error)} (column ${column})` }
      }
    }
    const all: Pending[] = []
    const again = new LineSplitter(maxLine)
    const collect: LineHandler = {
      line: (text, line) => {
        if (line === 1) text = stripBom(text)
        if (!isBlank(text)) all.push({ text, line })
      },
      unreadable: (line, problem) => {
        all.push({ line, problem })
      },
    }
    again.push(bytes, collect)
    again.end(collect)
    if (all.some((l) => l.text !== undefined && parsesAlone(l.text))) {
      replay(all)
      return 'ndjson'
    }
    // Not JSON, or not UTF-8: then its first line that is not (a newline never splits a character).
    const unreadable = all.find((l) => l.text === undefined)
    fault ??= { line: unreadable?.line ?? 1, message: unreadable?.problem ?? NOT_UTF8 }
    handler.malformed(fault.line, fault.message)
    return 'document'
  }

  let head = true
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    if (head && chunk.length > 0) {
      checkEncoding(chunk)
      head = false
    }
    handler.bytes(chunk.length)
    if (shape === 'document') {
      raw.push(chunk)
      continue
    }
    if (shape === undefined) {
      raw.push(chunk)
      rawBytes += chunk.length
    }
    splitter.push(chunk, lines)
    if (shape === undefined && pending.length > 1 && rawBytes > DECIDING_BYTES) decide()
    await handler.between?.()
    if (handler.stopped?.() === true) return shape ?? 'empty'
  }

  // `shape` changes inside the handlers: read it through a call, which the compiler does not narrow.
  const current = (): Shape | undefined => shape
  if (current() !== 'document') splitter.end(lines)
  if (current() === undefined && pending.length > 1) decide()
  if (current() === 'ndjson') return 'ndjson'
  if (current() === undefined && pending.length === 0) return 'empty'
  const bytes = Buffer.concat(raw)
  raw = []
  return readWhole(bytes)
}
