/**
 * The emitted documents have every read path Graph's own OpenAPI description has under
 * /communications/callRecords, no other, each with the query parameters Graph declares for it
 * (test/fixtures/graph-openapi-paths.json, with its source in test/fixtures/PROVENANCE.md).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toOpenApi, type JsonObject } from '../../src/emit/index.js'
import { GraphModelBeta } from '../../src/model/beta.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'

const root = join(import.meta.dirname, '../..')
const graph = JSON.parse(readFileSync(join(root, 'test/fixtures/graph-openapi-paths.json'), 'utf8')) as Record<
  'v1.0' | 'beta',
  { path: string; query: string[] }[]
>
const models = { 'v1.0': GraphModelV1, beta: GraphModelBeta }
const cases = (['v1.0', 'beta'] as const).flatMap((apiVersion) => (['3.0.3', '3.1.0'] as const).map((openapi) => ({ apiVersion, openapi })))

describe.each(cases)('the paths of $apiVersion, OpenAPI $openapi', ({ apiVersion, openapi }) => {
  const document = toOpenApi({ apiVersion, openapi })
  const paths = document.paths as Record<string, { parameters?: JsonObject[]; get: { parameters: JsonObject[] } }>
  const shared = (document.components as { parameters: Record<string, JsonObject> }).parameters
  const resolve = (p: JsonObject): JsonObject => (typeof p.$ref === 'string' ? shared[p.$ref.split('/').pop()!]! : p)

  it("are Graph's read paths, no more, no less", () => {
    expect(Object.keys(paths).sort()).toEqual(graph[apiVersion].map((p) => p.path).sort())
    expect(graph[apiVersion]).toHaveLength(apiVersion === 'v1.0' ? 15 : 18)
  })

  it.each(graph[apiVersion])('$path has the query parameters Graph declares', ({ path, query }) => {
    const names = paths[path]!.get.parameters.map((p) => resolve(p))
      .filter((p) => p.in === 'query')
      .map((p) => p.name as string)
    expect(names.sort()).toEqual([...query].sort())
  })

  it('declares each {parameter} of a path, required, in the path', () => {
    for (const [path, item] of Object.entries(paths)) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
      expect(
        (item.parameters ?? []).map((p) => [p.name, p.in, p.required]),
        path,
      ).toEqual(inPath.map((name) => [name, 'path', true]))
    }
  })

  it('lists the members of the type as the values of $select and $orderby', () => {
    for (const modelPath of models[apiVersion].paths.filter((p) => p.kind === 'collection' || p.kind === 'entity')) {
      const properties = models[apiVersion].types[modelPath.type]!.properties
      const values = (name: string) =>
        ((paths[modelPath.path]!.get.parameters.find((p) => p.name === name)?.schema as JsonObject | undefined)?.items as JsonObject | undefined)?.enum
      expect(values('$select'), modelPath.path).toEqual(properties.map((p) => p.name))
      if (modelPath.kind === 'collection')
        expect(values('$orderby'), modelPath.path).toEqual(properties.filter((p) => !p.navigation).flatMap((p) => [p.name, `${p.name} desc`]))
    }
  })
})
