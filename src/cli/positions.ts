/**
 * The line where each record of a JSON document starts, found in one pass over a text that
 * `JSON.parse` has accepted: the elements of a top-level array, and the items of the `value` array of
 * a page (the document itself, or an element of a top-level array). Strings are skipped with
 * `indexOf`; only the first three levels of nesting are tracked.
 */

export interface DocumentLines {
  /** The line of the document's first character. */
  readonly start: number
  /** A top-level array: the line of each element. */
  readonly elements: number[]
  /** The lines of the items of a page's `value`: key -1 for the document, `i` for the top-level array's element `i`. */
  readonly items: Map<number, number[]>
}

interface Frame {
  readonly array: boolean
  /** Where the start lines of this array's elements go, if they matter. */
  readonly lines: number[] | undefined
  /** For an object that may be a page: the document (-1) or the index of the element it is. */
  readonly owner: number | undefined
  /** For an object: whether the next string is a key, and whether the last key was `value`. */
  expectKey: boolean
  valueKey: boolean
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/** The index of the quote that closes the string opened at `open`. */
const stringEnd = (text: string, open: number): number => {
  let at = open + 1
  for (;;) {
    const quote = text.indexOf('"', at)
    if (quote < 0) return text.length
    let slashes = 0
    for (let k = quote - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++
    if (slashes % 2 === 0) return quote
    at = quote + 1
  }
}

/** Scans `text` (valid JSON) for the lines where its records start. */
export const documentLines = (text: string): DocumentLines => {
  const result: DocumentLines = { start: 0, elements: [], items: new Map() }
  let start = 0
  let line = 1
  const frames: Frame[] = []
  let depth = 0
  /** Index of the next element of the top-level array. */
  let element = 0
  const length = text.length

  const valueStarts = (): void => {
    if (depth === 0) {
      if (start === 0) start = line
      return
    }
    if (depth > frames.length) return
    const frame = frames[depth - 1]!
    if (frame.array) frame.lines?.push(line)
  }

  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    switch (c) {
      case 0x0a:
        line++
        break
      case 0x20:
      case 0x09:
      case 0x0d:
        break
      case 0x3a: // :
        if (depth > 0 && depth <= frames.length) frames[depth - 1]!.expectKey = false
        break
      case 0x2c: // ,
        if (depth > 0 && depth <= frames.length) {
          const frame = frames[depth - 1]!
          if (!frame.array) frame.expectKey = true
        }
        break
      case QUOTE: {
        const end = stringEnd(text, i)
        const frame = depth > 0 && depth <= frames.length ? frames[depth - 1]! : undefined
        if (frame && !frame.array && frame.expectKey) {
          frame.valueKey = frame.owner !== undefined && end - i === 6 && text.startsWith('value', i + 1)
        } else {
          valueStarts()
          if (depth === 1 && frame?.array) element++
        }
        i = end
        break
      }
      case 0x7b: // {
      case 0x5b: {
        // [
        valueStarts()
        const isArray = c === 0x5b
        if (depth < 3) {
          const parent = depth > 0 ? frames[depth - 1] : undefined
          let lines: number[] | undefined
          let owner: number | undefined
          if (depth === 0) {
            if (isArray) lines = result.elements
            else owner = -1
          } else if (parent?.array && depth === 1) {
            // An element of the top-level array: a page if it is an object with `value`.
            if (!isArray) owner = element
            element++
          } else if (parent && !parent.array && parent.valueKey && isArray) {
            lines = []
            result.items.set(parent.owner!, lines)
          }
          frames[depth] = { array: isArray, lines, owner, expectKey: !isArray, valueKey: false }
          frames.length = depth + 1
        }
        depth++
        break
      }
      case 0x7d: // }
      case 0x5d: // ]
        depth--
        if (depth < frames.length) frames.length = depth
        break
      default: {
        // A number, true, false or null.
        valueStarts()
        if (depth === 1 && frames[0]?.array) element++
        while (i + 1 < length) {
          const n = text.charCodeAt(i + 1)
          if (n === 0x2c || n === 0x5d || n === 0x7d || n === 0x20 || n === 0x0a || n === 0x0d || n === 0x09) break
          i++
        }
      }
    }
  }
  return { ...result, start: start || 1 }
}
