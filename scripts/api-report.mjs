/**
 * Checks the public API of every entry point of the package against its report in etc/, with API
 * Extractor reading the declarations that `npm run build` wrote to dist/. One config per entry point
 * lives in etc/api-extractor/; the entry points are those of scripts/entry-points.json.
 *
 *   node scripts/api-report.mjs           fails when a report is missing or differs, and on any error or warning
 *   node scripts/api-report.mjs --local   updates the reports in etc/; fails on any error or warning
 *                                         other than the report update itself
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConsoleMessageId, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const local = process.argv.includes('--local')
const verbose = process.argv.includes('--verbose')

/** The entry points of package.json `exports`, each with its config. */
const entries = JSON.parse(readFileSync(join(root, 'scripts/entry-points.json'), 'utf8')).entries.map((e) => ({ entry: e.subpath, config: e.config }))

/** Messages that say a report was written: the purpose of `--local`, not a problem. */
const reportUpdates = new Set([ConsoleMessageId.ApiReportCopied, ConsoleMessageId.ApiReportCreated])

let failed = false
const changed = []
for (const { entry, config } of entries) {
  const extractorConfig = ExtractorConfig.loadFileAndPrepare(join(root, config))
  if (!existsSync(extractorConfig.mainEntryPointFilePath)) {
    console.error(`${relative(root, extractorConfig.mainEntryPointFilePath)} is missing: run \`npm run build\` first.`)
    process.exit(1)
  }
  const problems = []
  const result = Extractor.invoke(extractorConfig, {
    localBuild: local,
    showVerboseMessages: verbose,
    printApiReportDiff: !local,
    messageCallback: (message) => {
      const serious = message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning
      if (serious && !(local && reportUpdates.has(message.messageId))) problems.push(message.messageId)
    },
  })
  if (result.apiReportChanged) changed.push(`${entry} (${relative(root, extractorConfig.reportFilePath)})`)
  if (!result.succeeded || problems.length > 0) {
    failed = true
    console.error(
      `API Extractor: ${entry}: ${result.errorCount} error(s), ${result.warningCount} warning(s) (${[...new Set(problems)].join(', ') || 'see above'}).`,
    )
  }
}

if (changed.length > 0) {
  if (local) console.log(`API reports updated:\n  ${changed.join('\n  ')}`)
  else {
    failed = true
    console.error(`The public API differs from its report:\n  ${changed.join('\n  ')}\nReview the change, then run \`npm run api\` and commit etc/*.api.md.`)
  }
}
if (failed) process.exit(1)
console.log(local ? 'API reports written.' : 'API reports are current.')
