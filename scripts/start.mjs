/**
 * `npm start` (after `npm run build`): a tour of the `graph-callrecords` command on the documented
 * example payloads under examples/. Validates every one of them (each folder is named after the
 * schema of its files), then merges the v1.0 call records. Exits 1 if an example is not valid.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist/cli/main.js')
const examples = join(root, 'examples')

if (!existsSync(cli)) {
  console.error('dist/cli/main.js is missing: run npm run build first (npm start does).')
  process.exit(1)
}

/** Runs `graph-callrecords …args` and returns its exit status and output. */
const command = (args) => {
  const child = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (child.error) throw child.error
  return child
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`
let failed = false

console.log('graph-callrecords: validate, normalize and merge Microsoft Graph call records.\n')
console.log('1. Validating the payloads of the Graph documentation (examples/<version>/<Schema>/*.json),')
console.log('   each folder with --type <Schema>:\n')

for (const version of ['v1.0', 'beta']) {
  console.log(`   Graph ${version}`)
  for (const schema of readdirSync(join(examples, version)).sort()) {
    const files = readdirSync(join(examples, version, schema))
      .filter((file) => file.endsWith('.json'))
      .map((file) => relative(root, join(examples, version, schema, file)))
    const args = ['validate', '--format', 'json', '--type', schema, ...(version === 'beta' ? ['--api-version', 'beta'] : []), ...files]
    const result = command(args)
    let report
    try {
      report = JSON.parse(result.stdout)
    } catch {
      console.log(`   ✗ ${schema}: the command failed (status ${result.status}):\n${result.stderr}`)
      failed = true
      continue
    }
    const { records, summary } = report
    const types = Object.keys(summary.types).join(', ')
    const mark = result.status === 0 ? '✓' : '✗'
    const warnings = summary.warnings > 0 ? `, ${plural(summary.warnings, 'warning')}` : ''
    console.log(
      `   ${mark} ${schema.padEnd(50)} ${plural(files.length, 'file').padEnd(8)} ${plural(summary.records, 'record').padEnd(11)} (${types || 'none'})${warnings}`,
    )
    if (result.status !== 0) {
      failed = true
      for (const record of records.filter((r) => !r.valid)) {
        for (const issue of record.issues) console.log(`       ${record.file}:${record.line}: ${issue.path || '(root)'}: ${issue.message}`)
      }
    }
  }
  console.log()
}

console.log('2. Merging the versions of the v1.0 call records (examples/v1.0/CallRecord/*.json):\n')
const callRecords = readdirSync(join(examples, 'v1.0/CallRecord'))
  .sort()
  .map((file) => relative(root, join(examples, 'v1.0/CallRecord', file)))
const merged = command(['merge', '--quiet', ...callRecords])
if (merged.status !== 0) {
  console.log(`   ✗ merge failed (status ${merged.status}):\n${merged.stderr}`)
  failed = true
} else {
  const records = merged.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  console.log(`   ${plural(callRecords.length, 'file')} → ${plural(records.length, 'call record')} (one per call id):`)
  for (const record of records) {
    const parts = [
      `version ${record.version}`,
      record.type,
      `${record.startDateTime} → ${record.endDateTime}`,
      plural(record.sessions?.length ?? 0, 'session'),
      plural(record.participants_v2?.length ?? record.participants?.length ?? 0, 'participant'),
    ]
    console.log(`   ✓ ${record.id}: ${parts.join(', ')}`)
  }
  console.log('   Each part of a merged record comes from the highest version that has it (docs/merging.md).')
}

console.log(`
3. Try it yourself:

   node dist/cli/main.js validate examples/v1.0/CallRecord/get-2.json
   node dist/cli/main.js normalize examples/v1.0/CallRecordCollectionResponse/list-1.json
   node dist/cli/main.js merge examples/v1.0/CallRecord/*.json
   node dist/cli/main.js schema --format openapi > callRecords.openapi.json
   node dist/cli/main.js --help

   The command line is documented in docs/cli.md.`)

if (failed) {
  console.error('\nSome examples were not valid: see above.')
  process.exit(1)
}
