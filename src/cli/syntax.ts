/**
 * Where a JSON text breaks, for the message of a document `JSON.parse` refused (its own message does
 * not always give the position). Iterative, so any nesting depth is fine; used only after a failure.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const OBJECT = 0
const ARRAY = 1

/** The offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export const syntaxErrorOffset = (text: string): number => {
  const n = text.length
  const stack: number[] = []
  let i = 0
  const space = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++
      else break
    }
  }
  /** A string at `i`; false (with `i` at the fault) when it is broken. */
  const string = (): boolean => {
    if (text.charCodeAt(i) !== 0x22) return false
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      i += c === 0x5c ? 2 : 1
    }
    return false
  }
  /** `"key":` */
  const key = (): boolean => {
    if (!string()) return false
    space()
    if (text.charCodeAt(i) !== 0x3a) return false
    i++
    return true
  }
  const scalar = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return true
      }
    }
    NUMBER.lastIndex = i
    if (NUMBER.exec(text) === null) return false
    i = NUMBER.lastIndex
    return true
  }

  let expectValue = true
  for (;;) {
    space()
    if (expectValue) {
      if (i >= n) return i
      const c = text.charCodeAt(i)
      if (c === 0x7b) {
        i++
        space()
        if (text.charCodeAt(i) === 0x7d) {
          i++
          expectValue = false
        } else {
          stack.push(OBJECT)
          if (!key()) return i
        }
      } else if (c === 0x5b) {
        i++
        space()
        if (text.charCodeAt(i) === 0x5d) {
          i++
          expectValue = false
        } else stack.push(ARRAY)
      } else if (c === 0x22) {
        if (!string()) return i
        expectValue = false
      } else {
        if (!scalar()) return i
        expectValue = false
      }
      continue
    }
    if (stack.length === 0) return i < n ? i : -1
    const c = text.charCodeAt(i)
    const top = stack[stack.length - 1]
    if (c === 0x2c) {
      i++
      space()
      if (top === OBJECT && !key()) return i
      expectValue = true
    } else if ((top === OBJECT && c === 0x7d) || (top === ARRAY && c === 0x5d)) {
      i++
      stack.pop()
    } else return i
  }
}

/** Line and column (from 1) of `offset` in `text`. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  return { line, column: offset - lineStart + 1 }
}
