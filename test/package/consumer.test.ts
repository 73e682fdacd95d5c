/**
 * A consumer project built from the packed tarball: the package and what npm installs with it (its
 * `dependencies` and `peerDependencies`, nothing of our devDependencies), type-checked with
 * `skipLibCheck: false` under `moduleResolution` `nodenext` and `bundler`, importing every entry point.
 * The dependencies are linked from this repository's node_modules: the test needs no network.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, unknown>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc')
const entries = Object.keys(pkg.exports).filter((e) => e !== './package.json')

/** One import of each entry point, used so that the checker resolves every declaration it reaches. */
const consumerSource = (): string => {
  const lines = entries.map((entry, i) => `import * as entry${i} from '${entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`}'`)
  lines.push(`export const all = [${entries.map((_, i) => `entry${i}`).join(', ')}] as const`)
  // A luxon helper keeps its luxon type (not any): this line fails if the type does not resolve.
  lines.push(`export const year: number = entry0.toDateTime('2020-02-25T19:00:24Z').year`)
  lines.push(`// @ts-expect-error: a DateTime is not a string, which holds only if toDateTime is typed`)
  lines.push(`export const wrong: string = entry0.toDateTime('2020-02-25T19:00:24Z')`)
  return lines.join('\n') + '\n'
}

const configs = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const

describe('a consumer project with skipLibCheck: false', () => {
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-consumer-'))
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    const [packed] = JSON.parse(stdout) as { filename: string }[]
    const target = join(dir, 'node_modules', pkg.name)
    mkdirSync(target, { recursive: true })
    await run('tar', ['-xzf', join(dir, packed!.filename), '-C', target, '--strip-components=1'])
    // What `npm install graph-callrecords @sinclair/typebox` brings: dependencies and the peer.
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      const link = join(dir, 'node_modules', name)
      mkdirSync(dirname(link), { recursive: true })
      symlinkSync(join(root, 'node_modules', name), link, 'dir')
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    writeFileSync(join(dir, 'index.ts'), consumerSource())
  }, 180_000)
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** tsc takes tens of seconds over these declarations: both configurations run at once, started here. */
  const check = (name: string, options: object): Promise<string> => {
    const config = {
      compilerOptions: { ...options, target: 'es2022', strict: true, skipLibCheck: false, noEmit: true, types: [], lib: ['es2022', 'dom'] },
      files: ['index.ts'],
    }
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config))
    return run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir }).then(
      () => '',
      (e: { stdout?: string; message: string }) => e.stdout || e.message,
    )
  }
  let results: Promise<Record<string, string>>
  // biome-ignore lint/suspicious/noDuplicateTestHooks: the checks start once the package is packed by the hook above
  beforeAll(() => {
    results = Promise.all(Object.entries(configs).map(async ([name, options]) => [name, await check(name, options)] as const)).then(Object.fromEntries)
  })

  it.each(Object.keys(configs))(
    'type-checks every entry point under moduleResolution %s',
    async (name) => {
      expect((await results)[name]).toBe('')
    },
    180_000,
  )
})
