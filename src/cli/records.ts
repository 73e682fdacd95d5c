/**
 * The records of the inputs, one event at a time: each record with its file, line, index and type; each
 * page's control information; each line or document that is not JSON; each input that cannot be read.
 */
import { detectPage, detectRecord, isPage } from './detect.js'
import { readInput, type Unit } from './input.js'
import type { Progress } from './progress.js'
import type { ApiVersion, RecordType, Registry } from './registry.js'
import { open, type Source } from './sources.js'
import { apiVersionInText, apiVersionOfContext } from './version.js'

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
  /** The schemas of the Graph version the record is read with. */
  readonly registry: Registry
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

/** The schemas of each Graph version, and the version the user chose, if any. */
export interface Registries {
  /** `--api-version`, when given: every input is read with it. */
  readonly chosen: ApiVersion | undefined
  /** The version read when neither the user nor the input names one. */
  readonly fallback: ApiVersion
  get(version: ApiVersion): Promise<Registry>
}

export interface ReadOptions {
  readonly registries: Registries
  /** The type every record is read as (`--type`), by the name the user gave; detected per record or page when absent. */
  readonly type?: string | undefined
  /** The longest line read, in bytes. */
  readonly maxLine?: number | undefined
  /** Tells the user something on standard error: the version an input is read with, a disagreement. */
  readonly notice: (message: string, warning: boolean) => void
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

/** The first chunk of an input, and the same input from its start. */
const peek = async (chunks: AsyncIterable<Buffer | string>): Promise<{ head: Buffer | string | undefined; chunks: AsyncIterable<Buffer | string> }> => {
  const iterator = chunks[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head = first.done === true ? undefined : first.value
  async function* all(): AsyncGenerator<Buffer | string> {
    if (head === undefined) return
    yield head
    for (;;) {
      const next = await iterator.next()
      if (next.done === true) return
      yield next.value
    }
  }
  return { head, chunks: all() }
}

const HEAD = 1 << 16

/** The version to read an input with: the user's, else the one its first `@odata.context` names, else the fallback. */
const versionOf = (head: Buffer | string | undefined, registries: Registries): { version: ApiVersion; named: boolean } => {
  if (registries.chosen !== undefined) return { version: registries.chosen, named: false }
  const text = head === undefined ? '' : typeof head === 'string' ? head.slice(0, HEAD) : head.toString('latin1', 0, HEAD)
  const named = apiVersionInText(text)
  return named === undefined ? { version: registries.fallback, named: false } : { version: named, named: true }
}

/** Reads every source in turn, handing each event to `handle`; returns the inputs that could not be read. */
export const readRecords = async (sources: readonly Source[], options: ReadOptions, handle: (event: InputEvent) => void): Promise<Unreadable[]> => {
  const unreadable: Unreadable[] = []
  const { registries, progress } = options
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
    let registry: Registry
    let forced: RecordType | undefined
    /** Whether a disagreement of version was reported for this input (once is enough). */
    let disagreed = false
    const record = (value: unknown, line: number, type: RecordType): void => {
      progress.addRecord()
      emit({ kind: 'record', file, line, index: index++, type, registry, value })
    }
    const checkVersion = (value: unknown, line: number): void => {
      if (disagreed || typeof value !== 'object' || value === null) return
      const named = apiVersionOfContext((value as Record<string, unknown>)['@odata.context'])
      if (named === undefined || named === registry.apiVersion) return
      disagreed = true
      const why = registries.chosen === undefined ? 'the first @odata.context of the input names' : '--api-version says'
      options.notice(`${file}:${line}: warning: @odata.context names Graph ${named}; read as Graph ${registry.apiVersion}, which ${why}`, true)
    }
    const unit = ({ value, line, itemLines }: Unit): void => {
      checkVersion(value, line)
      if (isPage(value)) {
        const type = forced ?? detectPage(value, registry)
        emit({ kind: 'page', file, line, type, value: { ...value, value: [] } })
        const items = value.value
        for (let i = 0; i < items.length; i++) record(items[i], itemLines?.[i] ?? line, type)
      } else record(value, line, forced ?? detectRecord(value, registry))
    }
    try {
      const { head, chunks } = await peek(open(source))
      const { version, named } = versionOf(head, registries)
      registry = await registries.get(version)
      // Reading the default version needs no word; another version does.
      if (named && version !== registries.fallback)
        options.notice(`${file}: read as Graph ${version}, the version its @odata.context names (--api-version chooses)`, false)
      if (options.type !== undefined) {
        forced = registry.byName(options.type)
        if (forced === undefined) throw new Error(`no schema named ${JSON.stringify(options.type)} in Graph ${version}, which it is read with`)
      }
      await readInput(
        chunks,
        {
          unit,
          malformed: (line, message) => {
            progress.addRecord()
            emit({ kind: 'malformed', file, line, index: index++, message })
          },
          bytes: (count) => progress.addBytes(count),
          ...(options.between ? { between: options.between } : {}),
          ...(options.stopped ? { stopped: options.stopped } : {}),
        },
        options.maxLine === undefined ? {} : { maxLine: options.maxLine },
      )
    } catch (error) {
      if (error instanceof HandlerFault) throw error.error
      const message = error instanceof Error ? error.message : String(error)
      unreadable.push({ file, message })
    }
  }
  return unreadable
}
