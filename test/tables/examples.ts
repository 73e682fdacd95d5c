/** The documented examples (examples/) as parsed records, with the qualified name of their type. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parserByODataType as parserV1 } from '../../src/parse/v1.0/parsers.js'
import { parserByODataType as parserBeta } from '../../src/parse/beta/parsers.js'
import type { ApiVersion } from '../../src/model/types.js'

export interface ExampleRecord {
  readonly apiVersion: ApiVersion
  readonly file: string
  readonly type: string
  readonly record: Record<string, unknown>
}

const root = join(import.meta.dirname, '../..')
const parsers = { 'v1.0': parserV1, beta: parserBeta } as unknown as Record<ApiVersion, (t: string) => { parse(v: unknown): unknown }>

/** Every record of every documented example: a call record, or the items of a page of one record type. */
export function exampleRecords(apiVersion: ApiVersion): ExampleRecord[] {
  const records: ExampleRecord[] = []
  for (const schema of readdirSync(join(root, 'examples', apiVersion))) {
    const name = schema.replace(/CollectionResponse$/, '')
    if (name === 'ChangeNotificationCollection') continue
    const type = `microsoft.graph.callRecords.${name[0]!.toLowerCase()}${name.slice(1)}`
    for (const file of readdirSync(join(root, 'examples', apiVersion, schema))) {
      const payload = JSON.parse(readFileSync(join(root, 'examples', apiVersion, schema, file), 'utf8')) as Record<string, unknown>
      const items = name === schema ? [payload] : (payload.value as unknown[])
      const parse = parsers[apiVersion](`#${type}`)
      for (const item of items) {
        records.push({ apiVersion, file: `${apiVersion}/${schema}/${file}`, type, record: parse.parse(item) as Record<string, unknown> })
      }
    }
  }
  return records
}
