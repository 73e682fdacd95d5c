/**
 * Fixes the whole shape of what a parse reports, so that each case is one line: the path and code of
 * every issue (or warning), in order.
 */
import { expect } from 'vitest'
import type { SafeParseResult } from '../../src/index.js'

export const issuesOf = (result: SafeParseResult<unknown>): string[] => (result.success ? [] : result.issues.map((i) => `${i.path} ${i.code}`))

export const warningsOf = (result: SafeParseResult<unknown>): string[] => result.warnings.map((i) => `${i.path} ${i.code}`)

export const expectIssues = (result: SafeParseResult<unknown>, expected: string[]): void => {
  expect(result.success).toBe(expected.length === 0)
  expect(issuesOf(result)).toEqual(expected)
}

export const expectWarnings = (result: SafeParseResult<unknown>, expected: string[]): void => {
  expect(result.success, JSON.stringify(result.success ? [] : result.issues)).toBe(true)
  expect(warningsOf(result)).toEqual(expected)
}
