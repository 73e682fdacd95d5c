/**
 * Writes the JSON Schema and OpenAPI documents under `schemas/` (see scripts/schema-files.ts for the
 * list). `--check` writes nothing and fails when a file is missing, differs, or is not emitted any more.
 *
 *   npx tsx scripts/emit-schemas.ts [--check]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { schemaFiles } from './schema-files.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const files = schemaFiles()
const wanted = new Set(files.map((f) => join(root, f.path)))
const stale: string[] = []

const dir = join(root, 'schemas')
const present = existsSync(dir)
  ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f))
  : []
for (const file of present) {
  if (wanted.has(file)) continue
  if (check) stale.push(`${relative(root, file)} (not emitted)`)
  else rmSync(file)
}
for (const { path, text } of files) {
  const file = join(root, path)
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (current === text) continue
  if (check) stale.push(path)
  else {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}
if (stale.length) {
  console.error(`The documents under schemas/ are not current; run \`npm run schemas\`:\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
if (!check) console.log(`schemas/: ${files.length} documents current`)
