/**
 * A queue between a producer that pushes (the input reader) and a consumer that pulls with
 * `for await` (`latestCallRecords`). The producer waits on {@link Channel.drained} between chunks, so
 * the queue never holds more than one chunk's records.
 */
export class Channel<T> implements AsyncIterable<T> {
  private items: T[] = []
  private next = 0
  private closed = false
  private wake: (() => void) | undefined
  private idle: (() => void) | undefined
  private aborted = false

  push(item: T): void {
    if (this.aborted) return
    this.items.push(item)
    this.signal()
  }

  close(): void {
    this.closed = true
    this.signal()
  }

  /** The consumer failed: drop what is pushed from now on, and stop waiting for it. */
  abort(): void {
    this.aborted = true
    this.items = []
    this.next = 0
    const idle = this.idle
    this.idle = undefined
    idle?.()
  }

  /** Resolves when the consumer has taken every item pushed so far. */
  drained(): Promise<void> | undefined {
    if (this.aborted || this.next >= this.items.length) return undefined
    return new Promise((resolve) => {
      this.idle = resolve
    })
  }

  private signal(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      while (this.next < this.items.length) {
        const item = this.items[this.next]!
        this.items[this.next++] = undefined as T
        yield item
      }
      this.items = []
      this.next = 0
      const idle = this.idle
      this.idle = undefined
      idle?.()
      if (this.closed) return
      await new Promise<void>((resolve) => {
        this.wake = resolve
      })
    }
  }
}
