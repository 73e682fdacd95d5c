/** The one decision of what a Graph enumeration is, which the parsers, the emitters and the tests share. */
import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { Modality, ParticipantBase } from '../../src/index.js'
import { isEnum } from '../../src/schema/isEnum.js'

describe('isEnum', () => {
  it('holds for string literals only', () => {
    expect(isEnum(Modality.anyOf)).toBe(true)
    expect(isEnum([Type.Literal('a')])).toBe(true)
  })

  it('fails for no members, a number literal, or anything that is not a literal', () => {
    expect(isEnum([])).toBe(false)
    expect(isEnum([Type.Literal('a'), Type.Literal(1)])).toBe(false)
    expect(isEnum([Type.Literal('a'), Type.String()])).toBe(false)
    expect(isEnum([ParticipantBase])).toBe(false)
  })
})
