import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsdlXml as readCsdl } from './csdlXml.js'

type ApiVersion = 'v1.0' | 'beta'
import { GraphTypes as v1 } from '../../src/schema/v1.0/index.js'
import { GraphTypes as beta } from '../../src/schema/beta/index.js'
import { conformanceIssues } from './conformance.js'

const metadata = join(import.meta.dirname, '../../metadata')
const registries = { 'v1.0': v1, beta } as const

// Counts published with the metadata (its README), so that a reader that misses an element is caught too.
const counts = {
  'v1.0': { complexTypes: 18, entityTypes: 6, enums: 15, members: 122, properties: 176, navigation: 4, functions: 2 },
  beta: { complexTypes: 22, entityTypes: 6, enums: 16, members: 125, properties: 210, navigation: 4, functions: 5 },
}

/** A copy of metadata/ with one file edited. */
const editedMetadata = (file: string, edit: (xml: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'csdl-'))
  for (const f of readdirSync(metadata)) copyFileSync(join(metadata, f), join(dir, f))
  const text = readFileSync(join(dir, file), 'utf8')
  const edited = edit(text)
  expect(edited).not.toBe(text)
  writeFileSync(join(dir, file), edited)
  return dir
}

describe.each(['v1.0', 'beta'] as ApiVersion[])('schemas of %s against the CSDL', (version) => {
  const model = readCsdl(metadata, version)
  const file = version === 'v1.0' ? 'csdl-callRecords-v1.0.xml' : 'csdl-callRecords-beta.xml'

  it('reads the whole namespace', () => {
    const own = [...model.types.values()].filter((t) => t.namespace === 'microsoft.graph.callRecords')
    const enums = [...model.enums.values()].filter((e) => e.namespace === 'microsoft.graph.callRecords')
    expect({
      complexTypes: own.filter((t) => t.kind === 'complex').length,
      entityTypes: own.filter((t) => t.kind === 'entity').length,
      enums: enums.length,
      members: enums.reduce((n, e) => n + e.members.length, 0),
      properties: own.reduce((n, t) => n + t.properties.filter((p) => !p.navigation).length, 0),
      navigation: own.reduce((n, t) => n + t.properties.filter((p) => p.navigation).length, 0),
      functions: model.functions.length,
    }).toEqual(counts[version])
  })

  it('match it exactly, both ways', () => {
    expect(conformanceIssues(model, registries[version])).toEqual([])
  })

  it('differ from a CSDL with a property added', () => {
    const dir = editedMetadata(file, (xml) =>
      xml.replace(
        '<Property Name="isTest" Type="Edm.Boolean" />',
        '<Property Name="isTest" Type="Edm.Boolean" /><Property Name="isRecorded" Type="Edm.Boolean" />',
      ),
    )
    expect(conformanceIssues(readCsdl(dir, version), registries[version])).toEqual(['microsoft.graph.callRecords.session/isRecorded: missing from the schema'])
  })

  it('differ from a CSDL with a property renamed', () => {
    const dir = editedMetadata(file, (xml) => xml.replace('<Property Name="isTest" Type="Edm.Boolean" />', '<Property Name="isTrial" Type="Edm.Boolean" />'))
    expect(conformanceIssues(readCsdl(dir, version), registries[version]).sort()).toEqual([
      'microsoft.graph.callRecords.session/isTest: not in the CSDL',
      'microsoft.graph.callRecords.session/isTrial: missing from the schema',
    ])
  })

  it('differ from a CSDL with other nullability, type or members', () => {
    const dir = editedMetadata(file, (xml) =>
      xml
        .replace('<Property Name="version" Type="Edm.Int64" Nullable="false" />', '<Property Name="version" Type="Edm.Int32" />')
        .replace('<Member Name="peerToPeer" Value="2" />', '<Member Name="peerToPeer" Value="2" /><Member Name="broadcast" Value="9" />'),
    )
    const issues = conformanceIssues(readCsdl(dir, version), registries[version])
    expect(issues.some((i) => i.startsWith('microsoft.graph.callRecords.callRecord/version: nullable'))).toBe(true)
    expect(issues.some((i) => i.startsWith('microsoft.graph.callRecords.callRecord/version: expected Edm.Int32'))).toBe(true)
    expect(issues.some((i) => i.startsWith('microsoft.graph.callRecords.callType: members'))).toBe(true)
  })
})
