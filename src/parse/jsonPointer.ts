/**
 * RFC 6901 JSON Pointer tokens: `~` is written `~0` and `/` is written `~1`. The parsers' issue paths
 * and the merge's conflict paths are both pointers, so both escape with this one function.
 */

/** `token` (a property name) as a JSON Pointer reference token; a token with neither character is returned as it is. */
export const escapeJsonPointer = (token: string): string =>
  token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token

/** The property name that the reference token `token` stands for: the inverse of {@link escapeJsonPointer}. */
export const unescapeJsonPointer = (token: string): string => (token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token)
