/** Laws of the escaping every report uses, and of the nearest-name suggestion. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText, safeJson } from '../../src/cli/escape.js'
import { editDistance, nearest } from '../../src/cli/suggest.js'

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
/** Text rich in what a terminal acts on. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r', '\u001b', '\u009b', '\u2028', '\u202e', '\u2066', '\\', '"'),
      fc.string({ maxLength: 1 }),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
      fc.integer({ min: 0, max: 0x2070 }).map((c) => String.fromCharCode(c)),
    ),
  )
  .map((parts) => parts.join(''))

describe('escapeText', () => {
  it('leaves no character a terminal acts on, and keeps safe text as it is', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeText(text)
        expect(escaped).not.toMatch(UNSAFE)
        if (!UNSAFE.test(text)) expect(escaped).toBe(text)
      }),
    )
  })
})

describe('safeJson', () => {
  it('is JSON of the same value with no character a terminal acts on', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, hostile), (value) => {
        const json = safeJson(value)
        expect(json).not.toMatch(UNSAFE)
        expect(JSON.parse(json)).toEqual(value)
      }),
    )
  })
})

describe('nearest', () => {
  it('is a metric: zero only for equal words, symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a))
        expect(editDistance(a, b) === 0).toBe(a === b)
      }),
    )
  })

  it('finds a word from one typo, and nothing from an unrelated word', () => {
    expect(nearest('--strcit', ['--strict', '--quiet'])).toBe('--strict')
    expect(nearest('--quite', ['--strict', '--quiet'])).toBe('--quiet')
    expect(nearest('--bogus', ['--strict', '--quiet'])).toBeUndefined()
  })
})
