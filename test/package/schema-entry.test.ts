/**
 * The schema entry points (`graph-callrecords/schema`, `graph-callrecords/beta/schema`) load TypeBox and
 * nothing else: no luxon, no parser, no module outside dist/schema/. Checked on the built JavaScript.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { entryPoints } from '../../scripts/entryPoints.js'
import { importSpecifiers, schemaOnlyViolations, walkImports } from './importGraph.js'

const root = join(import.meta.dirname, '../..')
const schemaDir = join(root, 'dist/schema')
const allowed = ['@sinclair/typebox'] as const

const schemaOnly = entryPoints.filter((e) => e.schemaOnly).map((e) => [`graph-callrecords${e.subpath.slice(1)}`, e.default.slice(2)] as const)

it('the schema-only entry points are the two schema entries', () => {
  expect(schemaOnly.map(([name]) => name)).toEqual(['graph-callrecords/schema', 'graph-callrecords/beta/schema'])
})

describe.each(schemaOnly)('%s', (_name, entry) => {
  const file = join(root, entry)

  it('imports only @sinclair/typebox and files inside dist/schema/', () => {
    if (!existsSync(file)) throw new Error(`${entry} is missing: run \`npm run build\` first (\`npm test\` does).`)
    const graph = walkImports(file)
    // The walk reaches the generated schemas, not just the index.
    expect(graph.files.length).toBeGreaterThan(50)
    expect(graph.files.some((f) => f.endsWith('/callRecords/callRecord.js'))).toBe(true)
    expect([...graph.bare.keys()]).toContain('@sinclair/typebox')
    expect(schemaOnlyViolations(file, schemaDir, allowed)).toEqual([])
  })
})

describe('the import walker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-graph-'))
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  write(
    'schema/index.js',
    [
      "export { A } from './a.js'",
      "export * from './b.js'",
      'import {',
      '  Type,',
      "} from '@sinclair/typebox'",
      "// import 'not-an-import'",
      'const text = "import \'neither\'"',
    ].join('\n'),
  )
  write('schema/a.js', "import { DateTime } from 'luxon'\nexport const A = DateTime")
  write('schema/b.js', "import '../parse/parser.js'\nexport const load = () => import('./c.js')")
  write('schema/c.js', "import { TypeCompiler } from '@sinclair/typebox/compiler'\nimport './missing.js'")
  write('parse/parser.js', "import * as fs from 'node:fs'")

  it('finds imports and re-exports, across lines, and ignores comments and strings', () => {
    expect(importSpecifiers("export { A } from './a.js'\nimport {\n  B,\n} from 'b'\n// import 'c'\nconst d = \"import 'd'\"")).toEqual(['./a.js', 'b'])
  })

  it('reports a package other than TypeBox, a file outside the folder and an unresolved import', () => {
    const violations = schemaOnlyViolations(join(dir, 'schema/index.js'), join(dir, 'schema'), allowed)
    expect(violations).toEqual([
      'package luxon (imported by a.js)',
      'package node:fs (imported by ../parse/parser.js)',
      `file outside ${join(dir, 'schema')}: ${join(dir, 'parse/parser.js')}`,
      `unresolved import: ${join(dir, 'schema/c.js')} -> ./missing.js`,
    ])
  })

  it('accepts TypeBox subpaths', () => {
    const graph = walkImports(join(dir, 'schema/index.js'))
    expect([...graph.bare.keys()].sort()).toEqual(['@sinclair/typebox', '@sinclair/typebox/compiler', 'luxon', 'node:fs'])
    expect(schemaOnlyViolations(join(dir, 'schema/c.js'), join(dir, 'schema'), allowed)).toEqual([
      `unresolved import: ${join(dir, 'schema/c.js')} -> ./missing.js`,
    ])
  })
})
