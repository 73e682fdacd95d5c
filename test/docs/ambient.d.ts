/**
 * What the blocks of the docs take from their reader's program: a request, a logger, a store, records
 * already parsed. Declared here so that each block shows only what it is about; a block that uses
 * none of these also runs (test/docs/snippets.test.ts).
 */
import type { CallRecord, MediaStream } from 'graph-callrecords'

declare global {
  /** The URL and headers of a Graph request. */
  const url: string
  const headers: Record<string, string>
  /** A request body as text, and a payload as parsed JSON. */
  const body: string
  const payload: unknown
  /** The path of an NDJSON export of call records. */
  const exportFile: string
  /** JSON a Graph request returned. */
  const fetched: unknown
  const nextPage: unknown
  /** Call records already parsed, and the one stored for a call. */
  const record: CallRecord
  const stored: CallRecord
  const records: CallRecord[]
  const parsedRecords: CallRecord[]
  /** One media stream of a parsed record. */
  const mediaStream: MediaStream
  const asyncStreamOfRecords: AsyncIterable<CallRecord>
  const partitions: CallRecord[][]
  /** A secret key for pseudonymization (at least 16 bytes), read from where the reader keeps secrets. */
  const key: Uint8Array
  /** The reader's logger, store and Graph client. */
  const log: { info(message: string): void; warn(message: string): void }
  function store(record: CallRecord): void
  const db: { get(id: string): Promise<CallRecord | undefined>; put(id: string, record: CallRecord): Promise<void> }
  const graph: { get(path: string): Promise<unknown> }
  /** A web framework in the style of Express. */
  const app: {
    post(path: string, handler: (req: { body: unknown }, res: { status(code: number): { end(): void } }) => Promise<void>): void
  }
  /** A stream processor in the style of Kafka Streams. */
  const stream: {
    map<T>(f: (message: { value: string }) => T): {
      groupBy(key: (record: T) => unknown): { reduce(f: (a: T, b: T) => T): unknown }
    }
  }
}
