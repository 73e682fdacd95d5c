/**
 * The entry points of the package (scripts/entry-points.json), read for the tests: each with the files
 * the build writes for it, which package.json `exports` and the API Extractor configurations must name.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface EntryPoint {
  /** The subpath of `exports`: `.`, `./schema`, `./beta`, `./beta/schema`. */
  readonly subpath: string
  /** The TypeScript module under src/. */
  readonly source: string
  /** The API Extractor configuration, relative to the package root. */
  readonly config: string
  /** The name of its API report in etc/ (without `.api.md`). */
  readonly report: string
  /** Whether it imports nothing but TypeBox. */
  readonly schemaOnly: boolean
  /** The declarations the build writes: `./dist/….d.ts`. */
  readonly types: string
  /** The JavaScript the build writes: `./dist/….js`. */
  readonly default: string
}

const root = join(import.meta.dirname, '..')

/** `src/schema/v1.0/index.ts` → `./dist/schema/v1.0/index` (the build keeps the layout of src/). */
const built = (source: string): string => `./dist/${source.replace(/^src\//, '').replace(/\.ts$/, '')}`

/** Every entry point, in the order of `exports`. */
export const entryPoints: readonly EntryPoint[] = (
  JSON.parse(readFileSync(join(root, 'scripts/entry-points.json'), 'utf8')) as { entries: Omit<EntryPoint, 'types' | 'default'>[] }
).entries.map((e) => ({ ...e, types: `${built(e.source)}.d.ts`, default: `${built(e.source)}.js` }))
