/**
 * Splits a byte stream into lines as the chunks arrive: memory holds one chunk and the line that spans
 * chunks, never the whole input, and never more than `maxLength` bytes of one line: a longer line is
 * reported and its bytes dropped up to the next newline (an input without newlines, such as
 * `/dev/zero`, cannot grow memory). Each line is checked to be UTF-8 and decoded on its own (a newline
 * byte never occurs inside a multi-byte character); a `\r` before the newline is dropped.
 */
import { isUtf8 } from 'node:buffer'

const NEWLINE = 0x0a

/** Receives the lines: the text of each, or why it cannot be read. Numbers count from 1 and include every line. */
export interface LineHandler {
  /** A line; returns `false` to stop splitting the current chunk. */
  line(text: string, line: number): boolean | void
  /** A line that is not read: longer than the limit (`tooLong`), or not UTF-8. */
  unreadable(line: number, message: string, tooLong: boolean): void
}

/** The message for a line that is not UTF-8. */
export const NOT_UTF8 = 'not UTF-8 text (Latin-1 or Windows-1252, say): convert the input to UTF-8 (iconv -t UTF-8)'

/** `64 MiB`, `1 KiB`, `100 B`. */
export const formatSize = (bytes: number): string => {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`
  }
  return `${bytes} B`
}

export class LineSplitter {
  /** The start of a line that has not ended yet, in pieces (a long line may span many chunks). */
  private carry: Buffer[] = []
  private carried = 0
  private line = 0
  /** The line being dropped because it is too long (already reported and numbered). */
  private skipping = false

  constructor(private readonly maxLength = Number.POSITIVE_INFINITY) {}

  /** The number of the last line handed out. */
  get lines(): number {
    return this.line
  }

  private tooLong(handler: LineHandler): void {
    this.carry = []
    this.carried = 0
    this.skipping = true
    handler.unreadable(++this.line, `line longer than ${formatSize(this.maxLength)} (--max-line to raise the limit): skipped to its end`, true)
  }

  private hand(bytes: Buffer, handler: LineHandler): boolean | void {
    const line = ++this.line
    if (!isUtf8(bytes)) {
      handler.unreadable(line, NOT_UTF8, false)
      return true
    }
    return handler.line(trimReturn(bytes.toString('utf8')), line)
  }

  /** Hands out every line that `chunk` completes; returns `false` when the handler stopped it. */
  push(chunk: Buffer, handler: LineHandler): boolean {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start)
      if (end < 0) break
      if (this.skipping) {
        this.skipping = false
        start = end + 1
        continue
      }
      if (this.carried + end - start > this.maxLength) {
        this.tooLong(handler)
        this.skipping = false
        start = end + 1
        continue
      }
      let bytes: Buffer
      if (this.carried > 0) {
        this.carry.push(chunk.subarray(start, end))
        bytes = Buffer.concat(this.carry)
        this.carry = []
        this.carried = 0
      } else bytes = chunk.subarray(start, end)
      start = end + 1
      if (this.hand(bytes, handler) === false) return false
    }
    if (start < chunk.length && !this.skipping) {
      if (this.carried + chunk.length - start > this.maxLength) this.tooLong(handler)
      else {
        this.carry.push(chunk.subarray(start))
        this.carried += chunk.length - start
      }
    }
    return true
  }

  /** Hands out the last line, when the input does not end with a newline. */
  end(handler: LineHandler): void {
    this.skipping = false
    if (this.carried === 0) return
    const bytes = Buffer.concat(this.carry)
    this.carry = []
    this.carried = 0
    this.hand(bytes, handler)
  }
}

const trimReturn = (text: string): string => (text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text)
