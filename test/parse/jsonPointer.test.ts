/** The JSON Pointer token escaping that issue paths and merge conflict paths share (RFC 6901). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeJsonPointer, unescapeJsonPointer } from '../../src/parse/jsonPointer.js'

/** Strings made mostly of the characters that matter here. */
const tokens = fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a', '~0', '~1') })

describe('escapeJsonPointer', () => {
  it('writes ~ as ~0 and / as ~1, as RFC 6901 does', () => {
    expect(escapeJsonPointer('a/b')).toBe('a~1b')
    expect(escapeJsonPointer('m~n')).toBe('m~0n')
    expect(escapeJsonPointer('~1')).toBe('~01')
    expect(escapeJsonPointer('sessions')).toBe('sessions')
  })

  it('leaves no / and no ~ other than ~0 and ~1', () => {
    fc.assert(fc.property(tokens, (token) => !/\/|~(?![01])/.test(escapeJsonPointer(token))))
  })

  it('is undone by unescapeJsonPointer', () => {
    fc.assert(fc.property(tokens, (token) => unescapeJsonPointer(escapeJsonPointer(token)) === token))
  })

  it('is one to one: different tokens stay different', () => {
    fc.assert(fc.property(tokens, tokens, (a, b) => a === b || escapeJsonPointer(a) !== escapeJsonPointer(b)))
  })
})
