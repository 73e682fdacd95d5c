/** The guards and the lookup by `@odata.type` at run time: what they accept is what a strict parse accepts. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertCallRecord, CallRecordsParseError, GraphTypesByODataType, isCallRecord, isSession, parserByODataType, Session } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const record = () => JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8'))

describe('isX and assertX', () => {
  it('accept what the CSDL allows and refuse what only lenient mode reads', () => {
    expect(isCallRecord(record())).toBe(true)
    expect(isCallRecord({ version: '3' })).toBe(false)
    expect(isCallRecord(null)).toBe(false)
    expect(isSession(record())).toBe(false) // a call record has properties a session does not declare
    expect(() => assertCallRecord(record())).not.toThrow()
    expect(() => assertCallRecord({ version: '3' })).toThrow(CallRecordsParseError)
  })
})

describe('parserByODataType', () => {
  it('finds the schema by either spelling and shares one parser', () => {
    expect(GraphTypesByODataType['#microsoft.graph.callRecords.session']).toBe(Session)
    expect(GraphTypesByODataType['microsoft.graph.callRecords.session']).toBe(Session)
    const parser = parserByODataType('#microsoft.graph.callRecords.session')
    expect(parser.schema).toBe(Session)
    expect(parserByODataType('microsoft.graph.callRecords.session')).toBe(parser)
    expect(() => parserByODataType('#nothing' as never)).toThrow(RangeError)
  })
})
