/**
 * Each entry point loads one Graph API version: `graph-callrecords` and `graph-callrecords/schema`
 * nothing of beta, `graph-callrecords/beta` and `graph-callrecords/beta/schema` nothing of v1.0.
 * Checked on the built JavaScript, whose modules of a version are named after it (`beta.js`,
 * `model/v1.0.js`, `schema/beta/…`).
 */
import { existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { walkImports } from './importGraph.js'

const root = join(import.meta.dirname, '../..')
const dist = join(root, 'dist')

/** The API version a built file belongs to, by its path; undefined for a module shared by both. */
const versionOf = (file: string): 'v1.0' | 'beta' | undefined => {
  const parts = relative(dist, file).split(sep)
  if (parts.some((p) => p === 'beta' || p === 'beta.js')) return 'beta'
  if (parts.some((p) => p === 'v1.0' || p === 'v1.0.js')) return 'v1.0'
  return undefined
}

describe.each([
  ['graph-callrecords', 'dist/index.js', 'v1.0', 'beta'],
  ['graph-callrecords/schema', 'dist/schema/v1.0/index.js', 'v1.0', 'beta'],
  ['graph-callrecords/beta', 'dist/beta.js', 'beta', 'v1.0'],
  ['graph-callrecords/beta/schema', 'dist/schema/beta/index.js', 'beta', 'v1.0'],
] as const)('%s', (_name, entry, own, other) => {
  it(`loads its own version (${own}) and nothing of ${other}`, () => {
    const file = join(root, entry)
    if (!existsSync(file)) throw new Error(`${entry} is missing: run \`npm run build\` first (\`npm test\` does).`)
    const graph = walkImports(file)
    expect(graph.unresolved).toEqual([])
    const versions = graph.files.map(versionOf)
    expect(versions).toContain(own)
    expect(graph.files.filter((f) => versionOf(f) === other).map((f) => relative(root, f))).toEqual([])
  })
})

describe('the version of a built file', () => {
  it('is read from its path', () => {
    expect(versionOf(join(dist, 'schema/beta/callRecords/session.js'))).toBe('beta')
    expect(versionOf(join(dist, 'model/v1.0.js'))).toBe('v1.0')
    expect(versionOf(join(dist, 'beta.js'))).toBe('beta')
    expect(versionOf(join(dist, 'merge/mergeCallRecords.js'))).toBeUndefined()
  })
})
