import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

/** Every module that src/emit/index.ts reaches, and every package it imports. */
const reach = (): { modules: string[]; packages: string[] } => {
  const modules = new Set<string>()
  const packages = new Set<string>()
  const queue = [join(root, 'src/emit/index.ts')]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (modules.has(file)) continue
    modules.add(file)
    // Without comments: the examples in TSDoc import packages too.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
      if (specifier!.startsWith('.')) queue.push(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')))
      else packages.add(specifier!)
    }
  }
  return { modules: [...modules].map((m) => relative(root, m)).sort(), packages: [...packages].sort() }
}

describe('the emitters', () => {
  it('reach the schemas and the models (plain data) of both versions, but not the parser, the time rules or luxon', () => {
    const { modules, packages } = reach()
    expect(packages).toEqual(['@sinclair/typebox'])
    expect(modules.filter((m) => !m.startsWith('src/emit/') && !m.startsWith('src/schema/') && !m.startsWith('src/model/'))).toEqual([])
    // The paths are emitted from the model of each version.
    expect(modules).toContain('src/model/v1.0.ts')
    expect(modules).toContain('src/model/beta.ts')
    expect(modules).toContain('src/schema/v1.0/index.ts')
    expect(modules).toContain('src/schema/beta/index.ts')
  })
})
