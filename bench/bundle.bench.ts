/**
 * Bundle sizes: what an application ships when it imports one schema of `graph-callrecords/schema`,
 * bundled and minified by esbuild from the built package (TypeBox included, as an application has it).
 * Sizes, not times: nothing here depends on the machine.
 */
import { build } from 'esbuild'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')

/** The entries measured: what is imported, from where, and the goal from docs/performance.md. */
const cases = [
  {
    name: 'one enum (`Modality`) from graph-callrecords/schema',
    code: `import { Modality } from './dist/schema/v1.0/index.js'; console.log(Modality)`,
    goalKb: 8,
  },
  { name: '`CallRecord` from graph-callrecords/schema', code: `import { CallRecord } from './dist/schema/v1.0/index.js'; console.log(CallRecord)`, goalKb: 60 },
  {
    name: '`parseCallRecord` from graph-callrecords',
    code: `import { parseCallRecord } from './dist/index.js'; console.log(parseCallRecord)`,
    goalKb: undefined,
  },
] as const

console.log('| import | minified | goal |')
console.log('|---|---:|---:|')
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // The main entry runs on Node.js: its built-ins (node:crypto for pseudonyms) are not part of a bundle.
    external: ['node:*'],
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  })
  const kb = result.outputFiles[0]!.contents.byteLength / 1024
  console.log(`| ${c.name} | ${kb.toFixed(1)} KB | ${c.goalKb === undefined ? '' : `< ${c.goalKb} KB`} |`)
}
