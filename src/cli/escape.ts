/**
 * What a report prints comes from the input (property names, values, file names): written raw, a
 * newline in a key forges a report line and an escape sequence reaches the terminal. Every report
 * writes such text through {@link escapeText} (text lines) or {@link safeJson} (JSON).
 */

/**
 * Characters a terminal or an editor acts on: C0 controls, DEL and C1 controls (0x9b starts an escape
 * sequence on some terminals), the line and paragraph separators, and the bidirectional overrides
 * and isolates (text that reads differently from what it is).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
/** The same, less what `JSON.stringify` already escapes. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** `text` with every unsafe character written as a JSON escape (`\n`, `\u001b`): one line, inert on a terminal. */
export const escapeText = (text: string): string => text.replace(UNSAFE, (c) => SHORT[c] ?? unicodeEscape(c))

/** `JSON.stringify(value)`, with the characters it leaves raw escaped too: the same JSON value, inert on a terminal. */
export const safeJson = (value: unknown): string => JSON.stringify(value).replace(UNSAFE_IN_JSON, unicodeEscape)
