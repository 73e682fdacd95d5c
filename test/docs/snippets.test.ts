/**
 * Docs that compile: every TypeScript block of README.md and docs/*.md is type-checked against the
 * built package, imported by its own name as a reader would (a package may import itself through its
 * `exports`). A block that names a value it does not define (a `url`, a `payload`) gets it from
 * `test/docs/ambient.d.ts`, which says what a reader brings; a block that needs nothing from there also
 * runs. Builds nothing: `npm test` builds before it runs.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '../..')
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc')
const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs')
/** Inside the package, so that `graph-callrecords` resolves to the package itself; temp/ is ignored by git. */
const dir = join(root, 'temp/snippets')

interface Snippet {
  /** `README.md:42`: the file and the line of the opening fence. */
  readonly where: string
  readonly file: string
  readonly code: string
}

/** The ```ts and ```typescript blocks of a Markdown text. */
const snippetsOf = (name: string, markdown: string): Snippet[] => {
  const snippets: Snippet[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!)
    const file = `${name.replace(/[^\w]+/g, '_')}_${start + 1}.ts`
    snippets.push({ where: `${name}:${start + 1}`, file, code: body.join('\n') + '\n' })
  }
  return snippets
}

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const snippets = documents.flatMap((doc) => snippetsOf(doc, readFileSync(join(root, doc), 'utf8')))

/** Runs tsc over `files` with `types`; returns its diagnostics by file. */
const typeCheck = async (name: string, files: readonly string[], extra: readonly string[]): Promise<Map<string, string[]>> => {
  const config = {
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
    files: [...files, ...extra],
  }
  writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config))
  const out = await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (e: { stdout?: string; message: string }) => e.stdout || e.message,
  )
  const byFile = new Map<string, string[]>()
  for (const line of out.split('\n').filter((l) => /^\S+\.ts\(/.test(l))) {
    const file = line.slice(0, line.indexOf('('))
    byFile.set(file, [...(byFile.get(file) ?? []), line])
  }
  return byFile
}

describe('the TypeScript blocks of the docs', () => {
  let withAmbient: Map<string, string[]>
  let alone: Map<string, string[]>
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const s of snippets) writeFileSync(join(dir, s.file), s.code)
    writeFileSync(join(dir, 'ambient.d.ts'), readFileSync(join(import.meta.dirname, 'ambient.d.ts'), 'utf8'))
    ;[withAmbient, alone] = await Promise.all([
      typeCheck(
        'ambient',
        snippets.map((s) => s.file),
        ['ambient.d.ts'],
      ),
      typeCheck(
        'alone',
        snippets.map((s) => s.file),
        [],
      ),
    ])
  }, 300_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds the blocks', () => {
    expect(snippets.length).toBeGreaterThan(10)
  })

  it.each(snippets.map((s) => [s.where, s] as const))('%s type-checks', (_, s) => {
    expect((withAmbient.get(s.file) ?? []).join('\n')).toBe('')
  })

  it('runs every block that needs nothing from ambient.d.ts', async () => {
    const selfContained = snippets.filter((s) => (alone.get(s.file) ?? []).length === 0)
    expect(selfContained.length).toBeGreaterThan(0)
    for (const s of selfContained) {
      const failure = await run(process.execPath, [tsx, s.file], { cwd: dir }).then(
        () => '',
        (e: { stderr?: string; message: string }) => e.stderr || e.message,
      )
      expect(failure, s.where).toBe('')
    }
  }, 120_000)
})
