/** What a person meets first: the version an export names, the version flag, typos, plurals, the root of a schema. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toJsonSchema } from '../../src/emit/index.js'
import { root, run } from './run.js'

const SMS_LOG = join(root, 'examples/beta/SmsLogRowCollectionResponse/getSmsLog-1.json')

describe('the Graph version of an input', () => {
  it('is the one its @odata.context names when --api-version is not given, and the user is told', () => {
    const result = run(['validate', '--format', 'json', SMS_LOG])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as { records: { type: string; warnings: unknown[] }[] }
    expect(report.records.map((r) => [r.type, r.warnings.length])).toEqual([['SmsLogRow', 0]])
    expect(result.stderr).toMatch(/getSmsLog-1\.json: read as Graph beta, the version its @odata\.context names/)
  })

  it('is the one --api-version chooses, with a warning when the input names another', () => {
    const result = run(['validate', '--api-version', 'v1.0', SMS_LOG])
    expect(result.stderr).toMatch(/getSmsLog-1\.json:1: warning: @odata\.context names Graph beta; read as Graph v1\.0, which --api-version says/)
    expect(result.stderr).not.toContain('read as Graph beta')
    expect(run(['validate', '--api-version', 'beta', SMS_LOG]).stderr).not.toContain(': warning:')
  })

  it('needs no word for the default version', () => {
    expect(run(['validate', 'page.json']).stderr).not.toContain('read as Graph')
  })
})

describe('usage', () => {
  it.each([['-v'], ['--version']])('%s prints the version', (flag) => {
    const result = run([flag])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it.each([
    [['validate', '--strcit'], /unknown option --strcit; did you mean --strict\?/],
    [['validate', '--api-versoin', 'beta'], /did you mean --api-version\?/],
    [['valdiate'], /unknown command "valdiate"; did you mean validate\?/],
    [['--verison'], /unknown option --verison; did you mean --version\?/],
    [['validate', '--format', 'jsno'], /received "jsno"; did you mean json\?/],
    [['validate', '--type', 'CallRecrod'], /no schema named "CallRecrod" in Graph v1\.0; did you mean CallRecord\?/],
  ])('%j suggests the nearest name', (args, message) => {
    const result = run(args)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('says "1 call record written", not "1 call records"', () => {
    const result = run(['merge'], '{"id": "a", "version": 1}\n')
    expect(result.stderr).toContain('; 1 call record written;')
  })
})

describe('schema --root and toJsonSchema({ root })', () => {
  it('take the schema name as well as the qualified Graph name', () => {
    const byName = toJsonSchema({ root: 'CallRecord' })
    expect(byName.$ref).toBe('#/$defs/microsoft.graph.callRecords.callRecord')
    expect(toJsonSchema({ root: 'microsoft.graph.callRecords.callRecord' })).toEqual(byName)
    expect(toJsonSchema({ root: 'SmsLogRow', apiVersion: 'beta', dialect: 'draft-07' }).allOf).toEqual([
      { $ref: '#/definitions/microsoft.graph.callRecords.smsLogRow' },
    ])
    expect(() => toJsonSchema({ root: 'SmsLogRow' })).toThrow(RangeError)
  })

  it('schema --root writes a document that validates that type at its root', () => {
    const result = run(['schema', '--root', 'Session'])
    expect(result.status).toBe(0)
    expect((JSON.parse(result.stdout) as { $ref: string }).$ref).toBe('#/$defs/microsoft.graph.callRecords.session')
    const wrong = run(['schema', '--root', 'Sesion'])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/no schema named "Sesion" in Graph v1\.0; did you mean Session\?/)
    expect(run(['schema', '--format', 'openapi', '--root', 'Session']).stderr).toContain('--root goes with --format json-schema')
  })
})
