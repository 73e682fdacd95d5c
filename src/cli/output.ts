/**
 * Where a command writes: its data on standard output, buffered and with backpressure (the reader
 * waits while the pipe is full), and its messages on standard error, one line at a time. Both clear
 * the progress bar before they write to a terminal.
 */
import type { Progress } from './progress.js'

const BUFFER = 1 << 16

export class Output {
  private pieces: string[] = []
  private size = 0
  private waiting: Promise<void> | undefined
  private closed = false

  constructor(
    private readonly stdout: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly stderr: NodeJS.WritableStream,
    private readonly progress?: Progress,
  ) {
    // The reader went away (`| head`), or the output cannot be written: stop writing, quietly.
    stdout.on('error', () => {
      this.closed = true
    })
    stderr.on('error', () => {})
  }

  /** True once standard output is closed by the reader; there is no point in going on. */
  get isClosed(): boolean {
    return this.closed
  }

  /** Writes `text` (a line or lines, with their newlines) to standard output. */
  data(text: string): void {
    if (this.closed) return
    this.pieces.push(text)
    this.size += text.length
    if (this.size >= BUFFER || this.stdout.isTTY === true) this.flushData()
  }

  /** Writes one line to standard error. */
  message(line: string): void {
    this.progress?.clear()
    this.stderr.write(`${line}\n`)
  }

  private flushData(): void {
    if (this.size === 0 || this.closed) return
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('')
    this.pieces = []
    this.size = 0
    if (this.stdout.isTTY === true) this.progress?.clear()
    if (!this.stdout.write(text) && this.waiting === undefined) {
      this.waiting = new Promise((resolve) => {
        const done = (): void => {
          this.stdout.off('drain', done)
          this.stdout.off('close', done)
          this.waiting = undefined
          resolve()
        }
        this.stdout.on('drain', done)
        this.stdout.on('close', done)
      })
    }
  }

  /** Resolves when standard output can take more: call it between chunks of input. */
  ready(): Promise<void> | undefined {
    return this.waiting
  }

  /** Writes what is buffered and waits until standard output has taken it. */
  async end(): Promise<void> {
    this.flushData()
    if (this.waiting) await this.waiting
  }
}
