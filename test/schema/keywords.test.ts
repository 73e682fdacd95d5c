/**
 * The package's own keywords are spelled once, in src/schema/keywords.ts: no other source, script, test
 * or benchmark writes one as a string literal (comments may name them).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as keywords from '../../src/schema/keywords.js'

const root = join(import.meta.dirname, '../..')
const home = join(root, 'src/schema/keywords.ts')

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(?:ts|mts|mjs|js)$/.test(entry.name) ? [path] : []
  })

/** The places where `source` writes `keyword` as a quoted string literal, as `file:line`. */
const literalUses = (file: string, source: string, keyword: string): string[] =>
  source.split('\n').flatMap((line, i) => (["'", '"'].some((q) => line.includes(`${q}${keyword}${q}`)) ? [`${file}:${i + 1}`] : []))

describe('the schema keywords', () => {
  it('are all x- keywords, each with its own name', () => {
    const values = Object.values(keywords)
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) expect(value).toMatch(/^x-[a-z]+(?:-[a-z]+)*$/)
    expect(new Set(values).size).toBe(values.length)
  })

  it('are written as literals only in their home', () => {
    const files = ['src', 'scripts', 'test', 'bench'].flatMap((dir) => sources(join(root, dir))).filter((f) => f !== home)
    expect(files.length).toBeGreaterThan(50)
    const uses = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8')
      return Object.values(keywords).flatMap((keyword) => literalUses(relative(root, file), source, keyword))
    })
    expect(uses).toEqual([])
  })

  it('finds a literal in either quoting style, and not a keyword named in a comment', () => {
    const k = keywords.EDM_TYPE
    expect(literalUses('a.ts', `s['${k}']\n// \`${k}\` in prose\nconst k = "${k}"`, k)).toEqual(['a.ts:1', 'a.ts:3'])
  })
})
