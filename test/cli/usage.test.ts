import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, run } from './run.js'

describe('usage', () => {
  it('exits 2 with the usage on standard error when no command is given', () => {
    const result = run([])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Usage:')
  })

  it.each([
    [['bogus'], /unknown command "bogus"/],
    [['--bogus'], /unknown option --bogus/],
    [['validate', '--bogus'], /unknown option --bogus\nSee "graph-callrecords validate --help"/],
    [['validate', '-x'], /unknown option -x/],
    [['validate', '--format', 'xml'], /option --format must be one of text, json; received "xml"/],
    [['validate', '--format'], /option --format needs a value/],
    [['validate', '--api-version', 'v2'], /option --api-version must be one of v1\.0, beta/],
    [['validate', '--quiet=yes'], /option --quiet takes no value/],
    [['validate', '--type', 'Nope'], /no schema named "Nope" in Graph v1\.0; records are one of CallRecord, /],
    [['normalize', '--format', 'json'], /unknown option --format/],
    [['merge', '--type', 'Session'], /unknown option --type/],
    [['schema', '--format', 'yaml'], /option --format must be one of json-schema, openapi/],
    [['schema', '--format', 'openapi', '--dialect', 'draft-07'], /--dialect goes with --format json-schema/],
    [['schema', '--openapi', '3.0.3'], /--openapi goes with --format openapi/],
    [['schema', 'file.json'], /schema takes no files/],
    [['help', 'bogus'], /unknown command "bogus"/],
  ])('exits 2 for %j', (args, message) => {
    const result = run(args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })

  it.each([[['--help']], [['-h']], [['help']]])('%j prints the commands', (args) => {
    const result = run(args)
    expect(result.status).toBe(0)
    for (const command of ['validate', 'normalize', 'merge', 'schema']) expect(result.stdout).toContain(command)
    expect(result.stdout).toContain('Examples:')
  })

  it.each(['validate', 'normalize', 'merge', 'schema'])('%s --help gives its options and examples', (command) => {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const result = run(args)
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`^graph-callrecords ${command} \\[options\\]`))
      expect(result.stdout).toContain('Examples:')
      expect(result.stdout).toContain('--help')
    }
  })

  it('--version prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const result = run(['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('takes options after the files and "--" before a file that starts with "-"', () => {
    expect(run(['validate', 'valid.ndjson', '--quiet']).stderr).toBe('')
    const result = run(['validate', '--', '--not-an-option.json'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^--not-an-option\.json: cannot read: ENOENT/m)
  })
})

describe('schema', () => {
  const document = (args: string[]): Record<string, unknown> => {
    const result = run(['schema', ...args])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^\{\n {2}"/) // pretty JSON
    return JSON.parse(result.stdout) as Record<string, unknown>
  }

  it('writes the JSON Schema 2020-12 document of v1.0 by default', () => {
    const schema = document([])
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.$defs as object)).toContain('microsoft.graph.callRecords.callRecord')
  })

  it('writes draft-07, beta, OpenAPI 3.0.3 and 3.1.0 on request', () => {
    const draft07 = document(['--dialect', 'draft-07', '--api-version', 'beta'])
    expect(draft07.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(Object.keys(draft07.definitions as object)).toContain('microsoft.graph.callRecords.smsLogRow')
    expect(document(['--format', 'openapi', '--openapi', '3.0.3']).openapi).toBe('3.0.3')
    expect(document(['--format', 'openapi']).openapi).toBe('3.1.0')
    expect(document(['--format', 'json-schema', '--dialect', '2020-12'])).toEqual(document([]))
  })
})
