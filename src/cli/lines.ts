/**
 * Splits a byte stream into lines as the chunks arrive: memory holds one chunk and the line that spans
 * chunks, never the whole input. UTF-8 is decoded a line at a time (a newline byte never occurs inside
 * a multi-byte character), and a `\r` before the newline is dropped.
 */

const NEWLINE = 0x0a

/** Receives a line and its number (from 1); returns `false` to stop splitting the current chunk. */
export type LineHandler = (text: string, line: number) => boolean | void

export class LineSplitter {
  /** The start of a line that has not ended yet, in pieces (a long line may span many chunks). */
  private carry: Buffer[] = []
  private carried = 0
  private line = 0

  /** The number of the last line handed out. */
  get lines(): number {
    return this.line
  }

  /** Hands out every line that `chunk` completes; returns `false` when the handler stopped it. */
  push(chunk: Buffer, handle: LineHandler): boolean {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start)
      if (end < 0) break
      let text: string
      if (this.carried > 0) {
        this.carry.push(chunk.subarray(start, end))
        text = Buffer.concat(this.carry).toString('utf8')
        this.carry = []
        this.carried = 0
      } else {
        text = chunk.toString('utf8', start, end)
      }
      start = end + 1
      if (handle(trimReturn(text), ++this.line) === false) return false
    }
    if (start < chunk.length) {
      this.carry.push(chunk.subarray(start))
      this.carried += chunk.length - start
    }
    return true
  }

  /** Hands out the last line, when the input does not end with a newline. */
  end(handle: LineHandler): void {
    if (this.carried === 0) return
    const text = Buffer.concat(this.carry).toString('utf8')
    this.carry = []
    this.carried = 0
    handle(trimReturn(text), ++this.line)
  }
}

const trimReturn = (text: string): string => (text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text)
