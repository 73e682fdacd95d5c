/**
 * The inputs of a command: the files named on the command line, `-` for standard input, standard
 * input when none is named.
 */
import { createReadStream, fstatSync, statSync, type Stats } from 'node:fs'
import { UnreadableInputError } from './input.js'

export interface Source {
  /** How reports name it: the path as given, or `<stdin>`. */
  readonly name: string
  /** The file to read; absent for standard input. */
  readonly path?: string
}

export const STDIN_NAME = '<stdin>'

export const sourcesOf = (files: readonly string[]): Source[] =>
  files.length === 0 ? [{ name: STDIN_NAME }] : files.map((file) => (file === '-' ? { name: STDIN_NAME } : { name: file, path: file }))

/** What the file system says of a source, or undefined when it cannot (the reader reports why). */
export const statOf = (source: Source): Stats | undefined => {
  try {
    return source.path === undefined ? fstatSync(0) : statSync(source.path)
  } catch {
    return undefined
  }
}

/** The total size of the inputs, when every one of them is a regular file. */
export const totalSize = (sources: readonly Source[]): number | undefined => {
  let total = 0
  for (const source of sources) {
    const stat = statOf(source)
    if (stat === undefined || !stat.isFile()) return undefined
    total += stat.size
  }
  return total
}

/** The bytes of a source, chunk by chunk (1 MiB chunks for files); a directory is an error, not an empty input. */
export const open = (source: Source): AsyncIterable<Buffer | string> => {
  if (statOf(source)?.isDirectory() === true) throw new UnreadableInputError('a directory, not a file')
  return source.path === undefined ? process.stdin : createReadStream(source.path, { highWaterMark: 1 << 20 })
}
