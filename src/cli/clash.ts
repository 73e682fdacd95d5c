/**
 * An output that is also an input: `normalize f >> f` reads its own output for ever, and
 * `normalize f > f` reads the file the shell has just emptied. Both are refused before anything is
 * read, by the identity of the files (device and inode), whatever their names.
 */
import type { Stats } from 'node:fs'
import { statOf, type Source } from './sources.js'

/** The input `output` is, when it is one: only regular files count (two readers of `/dev/null` do not clash). */
export const inputThatIsOutput = (sources: readonly Source[], output: Stats | undefined): Source | undefined => {
  if (output === undefined || !output.isFile()) return undefined
  return sources.find((source) => {
    const input = statOf(source)
    return input !== undefined && input.dev === output.dev && input.ino === output.ino
  })
}
