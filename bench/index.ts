/**
 * `npm run bench`: runs every benchmark of this folder, each in a process of its own so that one does
 * not warm up or fill the heap of the next. Every figure is a ratio against a baseline measured in the
 * same process, because these machines are shared and absolute times move from run to run.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { arch, cpus } from 'node:os'
import { join } from 'node:path'

const only = process.argv.slice(2)
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, ${arch()}`)
let failed = 0
for (const file of files) {
  console.log(`\n## ${file}\n`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file)], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
