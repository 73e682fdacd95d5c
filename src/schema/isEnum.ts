/**
 * What makes a union a Graph enumeration: its members other than `null` are string literals only. The
 * parser compiler, the emitters and the tests' generators all decide it here.
 */
import { Kind, type TSchema } from '@sinclair/typebox'

/** Whether `members`, the non-null members of a union, are string literals only: a Graph enumeration. */
export const isEnum = (members: readonly TSchema[]): boolean =>
  members.length > 0 && members.every((m) => m[Kind] === 'Literal' && typeof (m as TSchema & { const?: unknown }).const === 'string')
