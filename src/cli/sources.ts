/**
 * The inputs of a command: the files named on the command line, `-` for standard input, standard
 * input when none is named.
 */
import { createReadStream, fstatSync, statSync } from 'node:fs'

export interface Source {
  /** How reports name it: the path as given, or `<stdin>`. */
  readonly name: string
  /** The file to read; absent for standard input. */
  readonly path?: string
}

export const STDIN_NAME = '<stdin>'

export const sourcesOf = (files: readonly string[]): Source[] =>
  files.length === 0 ? [{ name: STDIN_NAME }] : files.map((file) => (file === '-' ? { name: STDIN_NAME } : { name: file, path: file }))

const sizeOf = (source: Source): number | undefined => {
  try {
    const stat = source.path === undefined ? fstatSync(0) : statSync(source.path)
    return stat.isFile() ? stat.size : undefined
  } catch {
    return undefined
  }
}

/** The total size of the inputs, when every one of them is a regular file. */
export const totalSize = (sources: readonly Source[]): number | undefined => {
  let total = 0
  for (const source of sources) {
    const size = sizeOf(source)
    if (size === undefined) return undefined
    total += size
  }
  return total
}

/** The bytes of a source, chunk by chunk (1 MiB chunks for files). */
export const open = (source: Source): AsyncIterable<Buffer | string> =>
  source.path === undefined ? process.stdin : createReadStream(source.path, { highWaterMark: 1 << 20 })
