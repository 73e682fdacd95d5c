/**
 * Reads one input (a file or standard input) and tells its shape apart: NDJSON (one JSON value a line)
 * or one JSON document (a record, an array, a page), possibly spread over many lines.
 *
 * The first non-blank line decides: when it is JSON on its own, the input is NDJSON, read line by line
 * with bounded memory (a single-line document is one NDJSON line, which gives the same result).
 * Otherwise a few more lines decide: when most of them are JSON on their own, the input is NDJSON
 * whose first line is broken; else it is a multi-line document, read whole.
 */
import { documentLines, type DocumentLines } from './positions.js'
import { LineSplitter } from './lines.js'
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

const readDocument = (text: string, handler: InputHandler): Shape => {
  if (isBlank(text)) return 'empty'
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const offset = syntaxErrorOffset(text)
    const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset)
    handler.malformed(line, `${syntaxMessage(error)} (column ${column})`)
    return 'document'
  }
  const isPage = typeof value === 'object' && value !== null && Array.isArray((value as { value?: unknown }).value)
  if (Array.isArray(value) || isPage) emit(handler, value, 1, documentLines(text))
  else emit(handler, value, firstLine(text))
  return 'document'
}

/** Reads `chunks` to the end, handing every value (or malformed line) to `handler`; returns the shape found. */
export const readInput = async (chunks: AsyncIterable<Buffer | string>, handler: InputHandler): Promise<Shape> => {
  let shape: Shape | undefined
  const splitter = new LineSplitter()
  /** The input so far, kept while the shape is undecided and for a document. */
  let raw: Buffer[] = []
  let rawBytes = 0
  /** The non-blank lines seen while undecided. */
  let pending: { text: string; line: number }[] = []

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

  const becomeNdjson = (): void => {
    shape = 'ndjson'
    const lines = pending
    pending = []
    raw = []
    for (const { text, line } of lines) ndjsonLine(text, line)
  }

  /** The first line was not JSON on its own: most of the next lines decide. */
  const decide = (): void => {
    const others = pending.slice(1)
    const alone = others.filter((l) => parsesAlone(l.text)).length
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
      emit(handler, value, line)
      return true
    }
    if (pending.length > DECIDING_LINES) decide()
    return shape !== 'document'
  }

  const onLine = (text: string, line: number): boolean => {
    if (shape === 'ndjson') {
      ndjsonLine(text, line)
      return true
    }
    return undecidedLine(text, line)
  }

  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    handler.bytes(chunk.length)
    if (shape === 'document') {
      raw.push(chunk)
      continue
    }
    if (shape === undefined) {
      raw.push(chunk)
      rawBytes += chunk.length
    }
    splitter.push(chunk, onLine)
    if (shape === undefined && pending.length > 1 && rawBytes > DECIDING_BYTES) decide()
    await handler.between?.()
    if (handler.stopped?.() === true) return shape ?? 'empty'
  }

  // `shape` changes inside the handlers: read it through a call, which the compiler does not narrow.
  const current = (): Shape | undefined => shape
  if (current() !== 'document') splitter.end(onLine)
  if (current() === undefined && pending.length > 1) decide()
  if (current() === 'ndjson') return 'ndjson'
  if (current() === undefined && pending.length === 0) return 'empty'
  const text = stripBom(Buffer.concat(raw).toString('utf8'))
  raw = []
  return readDocument(text, handler)
}
