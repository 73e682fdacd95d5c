/**
 * Parsing a call record, against the JSON.parse that read it, Ajv with ajv-formats on the emitted JSON
 * Schema, TypeBox's TypeCompiler, and the Kiota deserializer of @microsoft/msgraph-sdk. Two payloads:
 * a generated large group call (50 sessions, 2 segments each, full media streams) and the richest
 * documented example.
 */
import { readFileSync } from 'node:fs'
import { JsonParseNodeFactory } from '@microsoft/kiota-serialization-json'
import { createCallRecordFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/callRecords/index.js'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { CallRecord, createParser, PERSONAL_DATA, toJsonSchema } from '../dist/index.js'
import { largeGroupCall } from '../test/fixtures/largeGroupCall.js'
import { compare, report } from './measure.js'

const lenient = createParser(CallRecord)
const strict = createParser(CallRecord, { mode: 'strict' })
const ajv = new Ajv2020({ strict: true, allErrors: false, keywords: [PERSONAL_DATA] })
addFormats.default(ajv)
const ajvCheck = ajv.compile(toJsonSchema({ apiVersion: 'v1.0', dialect: '2020-12', root: 'microsoft.graph.callRecords.callRecord' }))
const typebox = TypeCompiler.Compile(CallRecord)
const kiota = new JsonParseNodeFactory()

const payloads = {
  'generated large group call': JSON.stringify(largeGroupCall()),
  'documented example (v1.0 get-2, 2021)': readFileSync(new URL('../examples/v1.0/CallRecord/get-2.legacy-2021.json', import.meta.url), 'utf8'),
}

for (const [name, text] of Object.entries(payloads)) {
  const value = JSON.parse(text)
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
  // Every contender must accept the payload, or the comparison means nothing.
  if (!lenient.safeParse(value).success || !strict.safeParse(value).success) throw new Error(`${name}: rejected by the parser`)
  if (!ajvCheck(value)) throw new Error(`${name}: rejected by Ajv: ${JSON.stringify(ajvCheck.errors?.slice(0, 3))}`)
  if (!typebox.Check(value)) throw new Error(`${name}: rejected by TypeBox`)
  const timings = compare({
    'JSON.parse': () => JSON.parse(text),
    'safeParseCallRecord (lenient)': () => lenient.safeParse(value),
    'safeParseCallRecord (strict)': () => strict.safeParse(value),
    'createParser(CallRecord).check (strict, check only)': () => strict.check(value),
    'Ajv + ajv-formats (check only)': () => ajvCheck(value),
    'TypeBox TypeCompiler (check only, no calendar check)': () => typebox.Check(value),
    'JSON.parse + safeParseCallRecord': () => lenient.safeParse(JSON.parse(text)),
    'Kiota deserializer (from the same text)': () => kiota.getRootParseNode('application/json', bytes).getObjectValue(createCallRecordFromDiscriminatorValue),
  })
  report(`${name}: ${(text.length / 1024).toFixed(0)} KiB`, timings, 'JSON.parse', {
    'safeParseCallRecord (lenient)': { max: 1 },
  })
  const ms = (task: string) => timings.find((t) => t.name === task)!.ms
  const vsAjv = ms('Ajv + ajv-formats (check only)') / ms('createParser(CallRecord).check (strict, check only)')
  const vsKiota = ms('Kiota deserializer (from the same text)') / ms('JSON.parse + safeParseCallRecord')
  console.log(`check (strict, calendar included) vs Ajv check: ${vsAjv.toFixed(2)}× faster (goal ≥ 3×: ${vsAjv >= 3 ? 'met' : 'NOT met'})`)
  console.log(`JSON.parse + parse vs Kiota from text: ${vsKiota.toFixed(2)}× faster (goal > 1×: ${vsKiota > 1 ? 'met' : 'NOT met'})\n`)
}
