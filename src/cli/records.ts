/**
 * The records of the inputs, one event at a time: each record with its file, line, index and type; each
 * page's control information; each line or document that is not JSON; each input that cannot be read.
 */
import { detectPage, detectRecord, isPage } from './detect.js'
import { readInput, type Unit } from './input.js'
import type { Progress } from './progress.js'
import type { RecordType, Registry } from './registry.js'
import { open, type Source } from './sources.js'

interface Located {
  /** The input, as reports name it. */
  readonly file: string
  /** The line where the record (or page) starts, from 1. */
  readonly line: number
}

/** A record to check. */
export interface RecordEvent extends Located {
  readonly kind: 'record'
  /** The position of the record in its input, from 0 (malformed lines count). */
  readonly index: number
  readonly type: RecordType
  readonly value: unknown
}

/** A line (NDJSON) or document that is not JSON. */
export interface MalformedEvent extends Located {
  readonly kind: 'malformed'
  readonly index: number
  readonly message: string
}

/** The control information of a page (`@odata.context`, `@odata.count`, …), with `value` emptied. */
export interface PageEvent extends Located {
  readonly kind: 'page'
  /** The type of the page's items. */
  readonly type: RecordType
  readonly value: Record<string, unknown>
}

export type InputEvent = RecordEvent | MalformedEvent | PageEvent

export interface ReadOptions {
  readonly registry: Registry
  /** The type every record is read as (`--type`); detected per record or page when absent. */
  readonly type?: RecordType | undefined
  readonly progress: Progress
  /** Called between chunks of input: wait here for the output. */
  readonly between?: () => Promise<void> | void
  /** True when reading should stop: standard output was closed by its reader. */
  readonly stopped?: () => boolean
}

/** An input that could not be read (a missing file, a directory). */
export interface Unreadable {
  readonly file: string
  readonly message: string
}

/** An exception thrown by the event handler: a fault of the command, not of the input. */
class HandlerFault {
  constructor(readonly error: unknown) {}
}

/** Reads every source in turn, handing each event to `handle`; returns the inputs that could not be read. */
export const readRecords = async (sources: readonly Source[], options: ReadOptions, handle: (event: InputEvent) => void): Promise<Unreadable[]> => {
  const unreadable: Unreadable[] = []
  const { registry, progress } = options
  const emit = (event: InputEvent): void => {
    try {
      handle(event)
    } catch (error) {
      throw new HandlerFault(error)
    }
  }
  for (const source of sources) {
    if (options.stopped?.() === true) break
    const file = source.name
    let index = 0
    const record = (value: unknown, line: number, type: RecordType): void => {
      progress.addRecord()
      emit({ kind: 'record', file, line, index: index++, type, value })
    }
    const unit = ({ value, line, itemLines }: Unit): void => {
      if (isPage(value)) {
        const type = options.type ?? detectPage(value, registry)
        emit({ kind: 'page', file, line, type, value: { ...value, value: [] } })
        const items = value.value
        for (let i = 0; i < items.length; i++) record(items[i], itemLines?.[i] ?? line, type)
      } else record(value, line, options.type ?? detectRecord(value, registry))
    }
    try {
      await readInput(open(source), {
        unit,
        malformed: (line, message) => {
          progress.addRecord()
          emit({ kind: 'malformed', file, line, index: index++, message })
        },
        bytes: (count) => progress.addBytes(count),
        ...(options.between ? { between: options.between } : {}),
        ...(options.stopped ? { stopped: options.stopped } : {}),
      })
    } catch (error) {
      if (error instanceof HandlerFault) throw error.error
      const message = error instanceof Error ? error.message : String(error)
      unreadable.push({ file, message })
    }
  }
  return unreadable
}
