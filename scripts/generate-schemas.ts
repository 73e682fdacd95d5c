/**
 * Writes the generated modules from the CSDL in metadata/: the TypeBox schemas of src/schema/<version>/
 * (one file per Graph type, named after it), the parsers of src/parse/<version>/parsers.ts and the
 * model of src/model/<version>.ts. `--check` writes nothing and fails when a file is not current.
 *
 *   npx tsx scripts/generate-schemas.ts [--check]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedDirs, modulesOf } from './generate/modules.js'
import { planVersion } from './generate/plan.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const stale: string[] = []
for (const version of ['v1.0', 'beta'] as const) {
  const modules = modulesOf(planVersion(join(root, 'metadata'), version))
  const wanted = new Set(modules.map((m) => m.file))
  for (const dir of generatedDirs(version)) {
    const present = existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')) : []
    for (const file of present.map((f) => join(dir, f))) {
      if (wanted.has(file)) continue
      if (check) stale.push(`${file} (not generated)`)
      else rmSync(join(root, file))
    }
  }
  for (const m of modules) {
    const file = join(root, m.file)
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
    if (current === m.text) continue
    if (check) stale.push(m.file)
    else {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, m.text)
    }
  }
}
if (stale.length) {
  console.error(`Generated files are not current; run \`npm run generate\`:\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
