/**
 * Where a command writes: its data on standard output (or `--output`), buffered and with backpressure
 * (the reader waits while the pipe is full), and its messages on standard error, one line at a time.
 * Both clear the progress bar before they write to a terminal. When the data cannot be written (the
 * reader of a pipe went away, the disk is full), the failure is kept: the command stops reading and
 * exits with {@link OUTPUT_FAILED}, so that nothing claims a success it did not have.
 */
import type { Writable } from 'node:stream'
import type { Progress } from './progress.js'

const BUFFER = 1 << 16

/** The exit status of a run whose output could not be written. */
export const OUTPUT_FAILED = 3

type DataStream = Writable & { isTTY?: boolean }

export class Output {
  private pieces: string[] = []
  private size = 0
  private waiting: Promise<void> | undefined
  private error: Error | undefined

  constructor(
    private readonly stdout: DataStream,
    private readonly stderr: NodeJS.WritableStream,
    private readonly progress?: Progress,
    /** The name of the data's destination, for the message of a failure. */
    private readonly destination = 'standard output',
    /** True when the stream is the command's own (`--output`): it is ended, and its end awaited. */
    private readonly owned = false,
  ) {
    stdout.on('error', (error: Error) => {
      this.error ??= error
    })
    stderr.on('error', () => {})
  }

  /** True once the data cannot be written any more: there is no point in going on. */
  get isClosed(): boolean {
    return this.error !== undefined
  }

  /** Why the data could not be written, for standard error; undefined while all is well. */
  get failure(): string | undefined {
    if (this.error === undefined) return undefined
    const code = (this.error as NodeJS.ErrnoException).code
    const why = code === 'EPIPE' ? 'was closed by its reader (EPIPE)' : `could not be written (${this.error.message})`
    return `${this.destination} ${why}: reading stopped, and what was not written is lost`
  }

  /** Writes `text` (a line or lines, with their newlines) to the data's destination. */
  data(text: string): void {
    if (this.error !== undefined) return
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
    if (this.size === 0 || this.error !== undefined) return
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('')
    this.pieces = []
    this.size = 0
    if (this.stdout.isTTY === true) this.progress?.clear()
    if (!this.stdout.write(text) && this.waiting === undefined) {
      this.waiting = new Promise((resolve) => {
        const done = (): void => {
          this.stdout.off('drain', done)
          this.stdout.off('close', done)
          this.stdout.off('error', done)
          this.waiting = undefined
          resolve()
        }
        this.stdout.on('drain', done)
        this.stdout.on('close', done)
        this.stdout.on('error', done)
      })
    }
  }

  /** Resolves when the destination can take more: call it between chunks of input. */
  ready(): Promise<void> | undefined {
    return this.waiting
  }

  /** Writes what is buffered and waits until the destination has taken it (a write error shows up by then). */
  async end(): Promise<void> {
    this.flushData()
    if (this.waiting) await this.waiting
    if (this.error !== undefined) return
    await new Promise<void>((resolve) => {
      // The callback hears of a write error before the 'error' event does.
      const done = (error?: Error | null): void => {
        if (error) this.error ??= error
        resolve()
      }
      if (this.owned) this.stdout.end(done)
      else this.stdout.write('', done)
    })
  }
}
