import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GraphModelBeta } from '../../src/model/beta.js'
import type { GraphModel } from '../../src/model/types.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'
import { inherited, keyOf, open, readCsdlXml, roots, subtypes } from '../schema/csdlXml.js'

const metadata = join(import.meta.dirname, '../../metadata')
const models: Record<'v1.0' | 'beta', GraphModel> = { 'v1.0': GraphModelV1, beta: GraphModelBeta }

// Graph's own OpenAPI description lists these read paths under /communications/callRecords.
const listed = [
  '',
  '/$count',
  '/{callRecord-id}',
  '/{callRecord-id}/organizer_v2',
  '/{callRecord-id}/participants_v2',
  '/{callRecord-id}/participants_v2/$count',
  '/{callRecord-id}/participants_v2/{participant-id}',
  '/{callRecord-id}/sessions',
  '/{callRecord-id}/sessions/$count',
  '/{callRecord-id}/sessions/{session-id}',
  '/{callRecord-id}/sessions/{session-id}/segments',
  '/{callRecord-id}/sessions/{session-id}/segments/$count',
  '/{callRecord-id}/sessions/{session-id}/segments/{segment-id}',
]

describe.each(['v1.0', 'beta'] as const)('the model of %s against the CSDL', (version) => {
  const csdl = readCsdlXml(metadata, version)
  const model = models[version]
  const types = [...csdl.types.values()].filter((t) => !roots(csdl).has(t.qualifiedName))

  it('has every type with its base, subtypes, key and properties', () => {
    expect(Object.keys(model.types).sort()).toEqual(types.map((t) => t.qualifiedName).sort())
    for (const type of types) {
      const m = model.types[type.qualifiedName]!
      expect(m.baseType).toBe(type.baseType)
      expect([...m.derivedTypes].sort()).toEqual(
        subtypes(csdl, type.qualifiedName)
          .map((t) => t.qualifiedName)
          .sort(),
      )
      expect(m.abstract).toBe(type.abstract)
      expect(m.open).toBe(open(csdl, type))
      expect(m.key).toEqual(type.kind === 'entity' ? keyOf(csdl, type) : undefined)
      expect(m.properties.map((p) => [p.name, p.type, p.collection, p.nullable, p.navigation])).toEqual(
        inherited(csdl, type).map((p) => [p.name, p.type, p.collection, p.nullable, p.navigation]),
      )
    }
  })

  it('keys every collection of entities by the entity key of its items, and nothing else', () => {
    const keyed = Object.values(model.types).flatMap((t) => t.properties.filter((p) => p.key).map((p) => `${t.qualifiedName}/${p.name}:${p.key!.join()}`))
    const expected = types.flatMap((t) =>
      inherited(csdl, t)
        .filter((p) => p.collection && csdl.types.get(p.type)?.kind === 'entity')
        .map((p) => `${t.qualifiedName}/${p.name}:${keyOf(csdl, csdl.types.get(p.type)!)!.join()}`),
    )
    expect(keyed.sort()).toEqual(expected.sort())
    expect(
      model.types['microsoft.graph.callRecords.callRecord']!.properties.filter((p) => p.key)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['participants_v2', 'sessions'])
  })

  it('has every navigation property', () => {
    const navigation = Object.values(model.types).flatMap((t) =>
      t.properties.filter((p) => p.navigation && p.declaredBy === t.qualifiedName).map((p) => `${t.name}.${p.name}`),
    )
    expect(navigation.sort()).toEqual(types.flatMap((t) => t.properties.filter((p) => p.navigation).map((p) => `${t.name}.${p.name}`)).sort())
  })

  it('has the deprecations with their dates', () => {
    const deprecated = Object.values(model.types).flatMap((t) =>
      t.properties.filter((p) => p.deprecated && p.declaredBy === t.qualifiedName).map((p) => [`${t.qualifiedName}/${p.name}`, p.deprecated]),
    )
    const expected = types.flatMap((t) => t.properties.filter((p) => p.deprecated).map((p) => [`${t.qualifiedName}/${p.name}`, p.deprecated]))
    expect(deprecated).toEqual(expected)
    expect(deprecated.length).toBe(3)
    expect(deprecated[0]![1]).toMatchObject({ date: '2023-11-06', removalDate: '2026-11-06' })
  })

  it('has the enums and the bound functions with their parameters', () => {
    expect(Object.values(model.enums).map((e) => [e.qualifiedName, e.members])).toEqual(
      [...csdl.enums.values()].map((e) => [e.qualifiedName, e.members]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    )
    expect(
      model.functions.map((f) => [f.qualifiedName, `Collection(${f.bindingType})`, f.parameters.map((p) => p.name), `Collection(${f.returnType})`]),
    ).toEqual(csdl.functions.map((f) => [f.qualifiedName, f.binding, f.parameters, f.returns]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)))
  })

  it('has the read paths of Graph: the contained navigation from the singleton, and one path per function', () => {
    const functions = csdl.functions.map((f) => `/communications/callRecords/${f.qualifiedName}(${f.parameters.map((p) => `${p}={${p}}`).join(',')})`)
    expect(model.paths.map((p) => p.path).sort()).toEqual([...listed.map((p) => `/communications/callRecords${p}`), ...functions].sort())
    expect(model.paths.length).toBe(version === 'v1.0' ? 15 : 18)
    const segment = model.paths.find((p) => p.path.endsWith('/segments/{segment-id}'))!
    expect(segment.navigation).toEqual(['callRecords', 'sessions', 'segments'])
    expect(segment.keys.map((k) => k.name)).toEqual(['callRecord-id', 'session-id', 'segment-id'])
  })

  it('has a page for each listed collection and each function, and their items as record types', () => {
    const items = [
      ...csdl.functions.map((f) => f.returns.slice(11, -1)),
      ...[...csdl.types.values()].flatMap((t) => t.properties.filter((p) => p.navigation && p.collection).map((p) => p.type)),
    ]
    expect(model.recordTypes).toEqual([...new Set(items)].sort())
    expect(model.pages.map((p) => p.itemType).sort()).toEqual([...model.recordTypes])
    for (const path of model.paths.filter((p) => p.kind === 'collection' || p.kind === 'function'))
      expect(model.pages.map((p) => p.qualifiedName)).toContain(path.page)
  })
})
