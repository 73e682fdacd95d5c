import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { schemaFiles } from '../../scripts/schema-files.js'
import { PACKAGE_VERSION } from '../../src/emit/version.js'

const root = join(import.meta.dirname, '../..')
const files = schemaFiles()

describe('the committed documents under schemas/', () => {
  it.each(files.map((f) => ({ path: f.path, text: f.text })))('$path is current (else run `npm run schemas`)', ({ path, text }) => {
    const file = join(root, path)
    expect(existsSync(file), `${path} is missing`).toBe(true)
    // Compared as text: the committed file must be exactly what the emitter writes now.
    expect(readFileSync(file, 'utf8') === text, `${path} differs from a fresh emission`).toBe(true)
  })

  it('are all emitted: no stale file is left', () => {
    const present = readdirSync(join(root, 'schemas'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => `schemas/${f.split('\\').join('/')}`)
      .sort()
    expect(present).toEqual(files.map((f) => f.path).sort())
  })

  it('carry the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(PACKAGE_VERSION).toBe(version)
  })
})
