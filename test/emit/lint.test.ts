/**
 * The committed OpenAPI documents pass Redocly's lint (recommended rules, redocly.yaml) without an
 * error, and @readme/openapi-parser's validation. The warnings that remain are listed here, each with
 * its reason (docs/json-schema-and-openapi.md gives the same list): a new warning fails the test.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const redocly = join(root, 'node_modules/@redocly/cli/bin/cli.js')
const run = promisify(execFile)

interface Problem {
  readonly ruleId: string
  readonly severity: 'error' | 'warn'
  readonly message: string
  readonly location: readonly { readonly pointer: string }[]
}

/** `redocly lint --format=json` on one file; it exits 1 when there are errors, with the report all the same. */
const lint = async (path: string): Promise<Problem[]> => {
  // Telemetry is off in redocly.yaml too; the variables keep the lint offline whatever config is found.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
  const output = await run(process.execPath, [redocly, 'lint', path, '--format=json'], { cwd: root, env, maxBuffer: 64 << 20 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  )
  return (JSON.parse(output.stdout) as { problems: Problem[] }).problems
}

const CR = 'microsoft.graph.callRecords'
const unused = (name: string) => `no-unused-components #/components/schemas/${name}`

/** The warnings each version's documents keep, with why. */
const expectedWarnings = {
  'v1.0': [
    // The license of an API is its owner's: Microsoft's terms for Graph, which this document cannot grant.
    'info-license #/info',
    // Every type of the namespace is a component, used or not, so that a client can name it: the base
    // types that only their subtypes' definitions repeat, and the change-notification body, which Graph
    // POSTs to a subscriber rather than returns.
    unused(`${CR}.participantBase`),
    unused(`${CR}.userAgent`),
    unused('microsoft.graph.changeNotificationCollection'),
    unused('microsoft.graph.entity'),
  ],
  beta: [
    'info-license #/info',
    unused(`${CR}.callLogRow`),
    unused(`${CR}.participantBase`),
    unused(`${CR}.userAgent`),
    unused('microsoft.graph.changeNotificationCollection'),
    unused('microsoft.graph.entity'),
  ],
}

const documents = (['v1.0', 'beta'] as const).flatMap((apiVersion) =>
  (['3.0', '3.1'] as const).map((openapi) => ({ apiVersion, openapi, path: `schemas/${apiVersion}/openapi-${openapi}.json` })),
)

describe.each(documents)('$path', ({ apiVersion, path }) => {
  it('has no error and only the listed warnings from `redocly lint` (recommended rules)', async () => {
    // One at a time: each lint is a process of its own, and the machine is shared with the other tests.
    const problems = await lint(path)
    const show = (p: Problem) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${show(p)}: ${p.message}`)).toEqual([])
    expect(
      problems
        .filter((p) => p.severity === 'warn')
        .map(show)
        .sort(),
    ).toEqual([...expectedWarnings[apiVersion]].sort())
  })

  it('is valid for @readme/openapi-parser', async () => {
    const result = await validate(JSON.parse(readFileSync(join(root, path), 'utf8')))
    expect(result.valid ? '' : compileErrors(result)).toBe('')
  })
})

describe('the lint', () => {
  it('reports an error on a document that breaks a recommended rule (so that its silence means something)', async () => {
    // The form the 3.0 documents had: nullable beside allOf, without a type.
    const problems = await lint('test/fixtures/openapi/nullable-without-type.json')
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)).toEqual(['nullable-type-sibling'])
  })
})
