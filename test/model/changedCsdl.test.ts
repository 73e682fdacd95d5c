/**
 * One fact changed in a copy of the CSDL (a new keyed collection, a new bound function, a new subtype)
 * reaches the model, and through it merge, the emitters and the command line, without a code change.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { planVersion } from '../../scripts/generate/plan.js'
import { typeOfContext } from '../../src/cli/detect.js'
import { buildRegistry } from '../../src/cli/registry.js'
import { emitOpenApi } from '../../src/emit/openApi.js'
import { mergeCallRecords } from '../../src/index.js'
import { mergeRecords } from '../../src/merge/mergeCallRecords.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'
import * as schemas from '../../src/schema/v1.0/index.js'

const metadata = join(import.meta.dirname, '../../metadata')
const CR = 'microsoft.graph.callRecords'
const dir = mkdtempSync(join(tmpdir(), 'csdl-changed-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

for (const file of readdirSync(metadata)) copyFileSync(join(metadata, file), join(dir, file))
const file = join(dir, 'csdl-callRecords-v1.0.xml')
const original = readFileSync(file, 'utf8')
const changed = original
  // A new contained collection of entities on callRecord: keyed by the entity key of its items.
  .replace(
    `<NavigationProperty Name="sessions" Type="Collection(${CR}.session)" ContainsTarget="true" />`,
    `<NavigationProperty Name="sessions" Type="Collection(${CR}.session)" ContainsTarget="true" />\n        <NavigationProperty Name="transcripts" Type="Collection(${CR}.segment)" ContainsTarget="true" />`,
  )
  // A new bound function.
  .replace(
    '<Function Name="getPstnCalls" IsBound="true">',
    `<Function Name="getPstnCallsV2" IsBound="true"><Parameter Name="bindingParameter" Type="Collection(${CR}.callRecord)" /><Parameter Name="fromDateTime" Type="Edm.DateTimeOffset" /><Parameter Name="toDateTime" Type="Edm.DateTimeOffset" /><ReturnType Type="Collection(${CR}.pstnCallLogRow)" /></Function>\n      <Function Name="getPstnCalls" IsBound="true">`,
  )
  // A new subtype.
  .replace('<EntityType Name="organizer"', `<EntityType Name="guestParticipant" BaseType="${CR}.participantBase" />\n      <EntityType Name="organizer"`)
writeFileSync(file, changed)
const model = planVersion(dir, 'v1.0').model

describe('a CSDL with one more keyed collection, bound function and subtype', () => {
  it('changes the model', () => {
    expect(changed.split('\n').length).toBe(original.split('\n').length + 3)
    expect(model.types[`${CR}.callRecord`]!.properties.find((p) => p.name === 'transcripts')).toMatchObject({ key: ['id'], navigation: true, collection: true })
    expect(model.functions.map((f) => f.name)).toContain('getPstnCallsV2')
    expect(model.types[`${CR}.participantBase`]!.derivedTypes).toContain(`${CR}.guestParticipant`)
    expect(model.paths.length).toBe(GraphModelV1.paths.length + 4)
  })

  it('merge pairs the new collection by id', () => {
    const a = { id: 'c', version: 1, transcripts: [{ id: 't1', text: 'a' }] }
    const b = { id: 'c', version: 2, transcripts: [{ id: 't2', text: 'b' }] }
    const ids = (merged: object) => (merged as { transcripts: { id: string }[] }).transcripts.map((t) => t.id)
    expect(ids(mergeRecords(a, b, { model }))).toEqual(['t1', 't2'])
    expect(ids(mergeCallRecords(a as never, b as never, { model }))).toEqual(['t1', 't2'])
    // The shipped model has no such collection: the array is one value, from the higher version.
    expect(ids(mergeCallRecords(a as never, b as never))).toEqual(['t2'])
  })

  it('the OpenAPI document has a path for the new function', () => {
    const paths = (model: typeof GraphModelV1) => Object.keys(emitOpenApi([{ model, types: schemas.GraphTypes }]).paths as object)
    const path = `/communications/callRecords/${CR}.getPstnCallsV2(fromDateTime={fromDateTime},toDateTime={toDateTime})`
    expect(paths(model)).toContain(path)
    expect(paths(GraphModelV1)).not.toContain(path)
    // The new collection brings its list, item and $count paths, the function one more: every path of the model.
    expect(paths(model).length).toBe(model.paths.length)
    expect(paths(model).length).toBe(paths(GraphModelV1).length + 4)
  })

  it('the command line recognises the new navigation in a context URL', () => {
    const context = `https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('c')/transcripts`
    expect(typeOfContext(context, buildRegistry(model, schemas))?.name).toBe('Segment')
    expect(typeOfContext(context, buildRegistry(GraphModelV1, schemas))).toBeUndefined()
    expect(buildRegistry(model, schemas).byNavigation('participants_v2')?.name).toBe('Participant')
  })
})
