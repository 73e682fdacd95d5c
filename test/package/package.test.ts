/**
 * The package as npm publishes it: `npm pack` of the built tree, linted by publint and checked by Are The
 * Types Wrong (attw) for every entry point of `exports`. Builds nothing: `npm test` builds before it runs.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { publint, type Message } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, string | Record<string, string>>
}
/** The entry points of `exports` that carry code (`./package.json` is the manifest itself). */
const entryPoints = Object.entries(pkg.exports).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object')
const attwBin = join(require.resolve('@arethetypeswrong/cli/package.json'), '../dist/index.js')

/**
 * The package is ESM only: the `esm-only` profile of attw leaves out what only a CommonJS consumer
 * meets (`require` of an ES module under node16, no `exports` support under node10).
 */
const ignoredResolutions = new Set(['node10', 'node16-cjs'])

interface AttwProblem {
  kind: string
  entrypoint?: string
  resolutionKind?: string
}
interface AttwReport {
  analysis: {
    entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string }; implementationResolution?: { fileName: string } }> }>
    problems: AttwProblem[]
  }
}

/** Runs attw on a tarball (or, with `--pack`, on a folder) and returns its JSON report and exit code. */
const attw = async (...args: string[]): Promise<{ code: number; report: AttwReport }> => {
  const result = await run(process.execPath, [attwBin, ...args, '--profile', 'esm-only', '--format', 'json', '--no-color'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code?: number; stdout?: string; message: string }) => {
      if (!e.stdout) throw new Error(`attw failed: ${e.message}`)
      return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout }
    },
  )
  return { code: result.code, report: JSON.parse(result.stdout) as AttwReport }
}

const relevant = (problems: AttwProblem[]): AttwProblem[] => problems.filter((p) => p.resolutionKind === undefined || !ignoredResolutions.has(p.resolutionKind))

const errorsAndWarnings = (messages: Message[], manifest: Record<string, unknown>): string[] =>
  messages.filter((m) => m.type !== 'suggestion').map((m) => `${m.type} ${m.code}: ${formatMessage(m, manifest, { color: false }) ?? ''}`)

describe('the packed package', () => {
  let dir: string
  let tarball: string
  let files: string[]

  beforeAll(async () => {
    for (const [entry, conditions] of entryPoints) {
      for (const target of Object.values(conditions)) {
        if (!existsSync(join(root, target))) {
          throw new Error(`${target} (exports["${entry}"]) is missing: run \`npm run build\` before this test (\`npm test\` does).`)
        }
      }
    }
    dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-pack-'))
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
    tarball = join(dir, packed!.filename)
    files = packed!.files.map((f) => f.path)
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('holds every file of exports, and neither sources, tests nor source maps', () => {
    for (const [, conditions] of entryPoints) {
      for (const target of Object.values(conditions)) expect(files).toContain(target.replace(/^\.\//, ''))
    }
    expect(files).toContain('package.json')
    expect(files.filter((f) => f.endsWith('.map') || /^(src|test|scripts|metadata|etc)\//.test(f))).toEqual([])
  })

  it('passes publint without errors or warnings', async () => {
    const data = readFileSync(tarball)
    const result = await publint({ pack: { tarball: new Uint8Array(data).buffer }, level: 'suggestion' })
    expect(result.pkg.name).toBe(pkg.name)
    expect(errorsAndWarnings(result.messages, result.pkg)).toEqual([])
  })

  it('has types that resolve for every entry point (attw, ESM only)', async () => {
    const { code, report } = await attw(tarball)
    expect(relevant(report.analysis.problems)).toEqual([])
    expect(code).toBe(0)
    for (const [entry, conditions] of entryPoints) {
      const entrypoint = report.analysis.entrypoints[entry]
      expect(entrypoint, `attw did not check ${entry}`).toBeDefined()
      for (const kind of ['node16-esm', 'bundler']) {
        const resolution = entrypoint!.resolutions[kind]
        expect(resolution?.resolution?.fileName, `${entry} under ${kind}`).toBe(`/node_modules/${pkg.name}/${conditions.types!.replace(/^\.\//, '')}`)
        expect(resolution?.implementationResolution?.fileName, `${entry} under ${kind}`).toBe(
          `/node_modules/${pkg.name}/${conditions.default!.replace(/^\.\//, '')}`,
        )
      }
    }
  })
})

describe('the checks themselves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-broken-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('publint reports a broken exports map', async () => {
    const manifest = {
      name: 'broken',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { default: './index.js', types: './index.d.ts' }, './missing': './missing.js' },
    }
    const result = await publint({
      pack: {
        files: [
          { name: 'broken/package.json', data: JSON.stringify(manifest) },
          { name: 'broken/index.js', data: 'export const a = 1\n' },
          { name: 'broken/index.d.ts', data: 'export declare const a: number\n' },
        ],
      },
      pkgDir: 'broken',
    })
    expect(result.messages.map((m) => m.code)).toEqual(expect.arrayContaining(['EXPORTS_TYPES_SHOULD_BE_FIRST', 'FILE_DOES_NOT_EXIST']))
  })

  it('attw reports an entry point without types', async () => {
    const pkgDir = join(dir, 'untyped')
    mkdirSync(pkgDir)
    const manifest = {
      name: 'untyped',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { types: './index.d.ts', default: './index.js' }, './untyped': './untyped.js' },
    }
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(manifest))
    writeFileSync(join(pkgDir, 'index.js'), 'export const a = 1\n')
    writeFileSync(join(pkgDir, 'index.d.ts'), 'export declare const a: number\n')
    writeFileSync(join(pkgDir, 'untyped.js'), 'export const a = 1\n')
    const { code, report } = await attw('--pack', pkgDir)
    expect(relevant(report.analysis.problems)).toEqual(
      expect.arrayContaining([{ kind: 'UntypedResolution', entrypoint: './untyped', resolutionKind: 'node16-esm' }]),
    )
    expect(code).not.toBe(0)
  })
})
