/**
 * The patterns Graph's own OpenAPI description gives Edm.DateTimeOffset and Edm.Duration, against the
 * rules of this package. The two patterns are quoted as data from Microsoft's OpenAPI.NET.OData
 * converter, which generates that description (microsoft/OpenAPI.NET.OData,
 * src/Microsoft.OpenApi.OData.Reader/Generator/OpenApiEdmTypeSchemaGenerator.cs, commit ee232f95).
 */
import { describe, expect, it } from 'vitest'
import { isDuration, isTimestamp } from '../../src/index.js'

const graphTimestamp =
  /^[0-9]{4,}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$/
const graphDuration = /^-?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$/

describe("Graph's OpenAPI timestamp pattern", () => {
  it.each([
    ['2021-02-30T00:00:00Z', 'a day that does not exist'],
    ['0000-01-01T00:00:00Z', 'year 0000'],
    ['2020-02-25T19:00:24.123456789012Z', "12 fractional digits, beyond Graph's 7"],
    ['2020-02-25T19:00:24Z'.replace('Z', '+99:99'), 'an offset of 99 hours'],
    ['12020-02-25T19:00:24Z', 'a five-digit year'],
  ])('accepts %s (%s); this package rejects it', (text) => {
    expect(graphTimestamp.test(text)).toBe(true)
    expect(isTimestamp(text)).toBe(false)
  })

  it('rejects a timestamp without seconds, which OData allows and this package accepts', () => {
    expect(graphTimestamp.test('2020-02-25T19:00Z')).toBe(false)
    expect(isTimestamp('2020-02-25T19:00Z')).toBe(true)
  })
})

describe("Graph's OpenAPI duration pattern", () => {
  it.each([
    ['P', 'no component at all'],
    ['PT', '"T" with nothing after it'],
    ['-P', 'a sign and nothing else'],
  ])('accepts %s (%s); this package rejects it', (text) => {
    expect(graphDuration.test(text)).toBe(true)
    expect(isDuration(text)).toBe(false)
  })

  it('agrees on the durations Graph sends', () => {
    for (const text of ['PT0.016S', 'PT1M2.5S', 'P1DT2H', '-PT5M']) expect([graphDuration.test(text), isDuration(text)]).toEqual([true, true])
  })
})
