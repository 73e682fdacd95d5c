/**
 * The entry points are listed once (scripts/entry-points.json); everything else that names them must
 * agree with the list: package.json, the API Extractor configurations and their tsconfig, the API
 * reports, and the sources the build turns into the files `exports` points to.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryPoints } from '../../scripts/entryPoints.js'

const root = join(import.meta.dirname, '../..')
const json = (path: string): Record<string, any> => JSON.parse(readFileSync(join(root, path), 'utf8'))

/** What package.json `exports` must be, from the list. */
const expectedExports = (entries: typeof entryPoints): Record<string, unknown> => ({
  ...Object.fromEntries(entries.map((e) => [e.subpath, { types: e.types, default: e.default }])),
  './package.json': './package.json',
})

describe('the entry points', () => {
  it('are listed, starting with the main one', () => {
    expect(entryPoints.map((e) => e.subpath)).toContain('./schema')
    expect(entryPoints[0]!.subpath).toBe('.')
    expect(new Set(entryPoints.map((e) => e.subpath)).size).toBe(entryPoints.length)
  })

  it('have their sources in src/', () => {
    for (const e of entryPoints) expect(existsSync(join(root, e.source)), e.source).toBe(true)
  })

  it('are exactly the exports of package.json, in order, and the main one is main and types', () => {
    const pkg = json('package.json')
    expect(JSON.stringify(pkg.exports)).toBe(JSON.stringify(expectedExports(entryPoints)))
    expect(pkg.main).toBe(entryPoints[0]!.default)
    expect(pkg.types).toBe(entryPoints[0]!.types)
  })

  it('each have an API Extractor configuration for their declarations and report, and there is no other', () => {
    const configs = readdirSync(join(root, 'etc/api-extractor')).filter((f) => f !== 'base.json' && f !== 'tsconfig.json')
    expect(configs.map((f) => `etc/api-extractor/${f}`).sort()).toEqual(entryPoints.map((e) => e.config).sort())
    for (const e of entryPoints) {
      const config = json(e.config)
      expect(config.extends, e.config).toBe('./base.json')
      expect(config.mainEntryPointFilePath, e.config).toBe(`<projectFolder>/${e.types.slice(2)}`)
      expect(config.apiReport?.reportFileName, e.config).toBe(e.report)
    }
  })

  it('are the files API Extractor compiles, and each has its committed report, and there is no other report', () => {
    const tsconfig = json('etc/api-extractor/tsconfig.json')
    expect([...tsconfig.files].sort()).toEqual(entryPoints.map((e) => `../../${e.types.slice(2)}`).sort())
    const reports = readdirSync(join(root, 'etc')).filter((f) => f.endsWith('.api.md'))
    expect(reports.sort()).toEqual(entryPoints.map((e) => `${e.report}.api.md`).sort())
  })

  it('tell a drifted exports map apart', () => {
    const moved = entryPoints.map((e) => (e.subpath === './beta' ? { ...e, default: './dist/beta/index.js' } : e))
    expect(JSON.stringify(json('package.json').exports)).not.toBe(JSON.stringify(expectedExports(moved)))
  })
})
