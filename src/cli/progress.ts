/**
 * A progress bar on standard error, for runs long enough to need one: bytes read (out of the total
 * when it is known), records done and the rate. Drawn only on a terminal, first after a short delay,
 * then at most ten times a second; anything else written to the terminal clears it first.
 */

const FIRST_DRAW_MS = 300
const REDRAW_MS = 100
const CLEAR = '\r\x1b[K'

const units = ['B', 'kB', 'MB', 'GB', 'TB']

/** `12.3 MB`: decimal units, as file managers show sizes. */
export const formatBytes = (bytes: number): string => {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`
}

const count = (n: number): string => n.toLocaleString('en-US')

/** One line of progress, fitted to `columns`. */
export const renderProgress = (state: { bytes: number; total: number | undefined; records: number; seconds: number }, columns: number): string => {
  const rate = state.seconds > 0 ? `${formatBytes(state.bytes / state.seconds)}/s` : ''
  const records = `${count(state.records)} records`
  if (state.total === undefined || state.total === 0)
    return [formatBytes(state.bytes), records, rate]
      .filter(Boolean)
      .join('  ')
      .slice(0, columns - 1)
  const fraction = Math.min(1, state.bytes / state.total)
  const text = `${String(Math.floor(fraction * 100)).padStart(3)}%  ${formatBytes(state.bytes)} / ${formatBytes(state.total)}  ${records}  ${rate}`
  const width = Math.min(30, columns - text.length - 4)
  if (width < 5) return text.slice(0, columns - 1)
  const done = Math.round(fraction * width)
  return `[${'#'.repeat(done)}${'-'.repeat(width - done)}] ${text}`
}

export class Progress {
  private bytes = 0
  private records = 0
  private readonly started = performance.now()
  private lastDraw = 0
  private shown = false

  /** `stream` is standard error; the bar is drawn only when `enabled` and `stream` is a terminal. */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly total: number | undefined,
  ) {
    this.enabled = enabled && stream.isTTY === true
  }

  /** The bytes read so far. */
  get bytesRead(): number {
    return this.bytes
  }

  addBytes(count: number): void {
    this.bytes += count
    this.tick()
  }

  addRecord(): void {
    this.records++
    if ((this.records & 63) === 0) this.tick()
  }

  /** Redraws, when the last drawing is old enough. */
  tick(): void {
    if (!this.enabled) return
    const now = performance.now()
    if (now - this.started < FIRST_DRAW_MS || now - this.lastDraw < REDRAW_MS) return
    this.lastDraw = now
    const columns = this.stream.columns || 80
    const seconds = (now - this.started) / 1000
    this.stream.write(CLEAR + renderProgress({ bytes: this.bytes, total: this.total, records: this.records, seconds }, columns))
    this.shown = true
  }

  /** Removes the bar before something else is written to the terminal; the next tick draws it again. */
  clear(): void {
    if (!this.shown) return
    this.stream.write(CLEAR)
    this.shown = false
  }
}
