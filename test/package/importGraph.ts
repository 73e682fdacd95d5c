/**
 * Walks the import graph of built JavaScript files: from an entry file, every module it loads through
 * `import … from`, `import '…'`, `export … from` and `import('…')` with a literal specifier, recursively.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

export interface ImportGraph {
  /** Every file reached, the entry first, as absolute paths. */
  files: string[]
  /** Each bare specifier (a package or `node:` module), with the files that import it. */
  bare: Map<string, string[]>
  /** Relative specifiers that name no file, as `importer -> specifier`. */
  unresolved: string[]
}

/** The module specifiers of a JavaScript source, found by the TypeScript scanner (comments and strings are not imports). */
export const importSpecifiers = (source: string): string[] => ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName)

const isRelative = (specifier: string): boolean => specifier.startsWith('./') || specifier.startsWith('../')

/** The import graph of `entry`. */
export const walkImports = (entry: string): ImportGraph => {
  const graph: ImportGraph = { files: [], bare: new Map(), unresolved: [] }
  const seen = new Set<string>()
  const pending = [resolve(entry)]
  while (pending.length > 0) {
    const file = pending.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    graph.files.push(file)
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (isRelative(specifier) || isAbsolute(specifier)) {
        const target = resolve(dirname(file), specifier)
        if (existsSync(target)) pending.push(target)
        else graph.unresolved.push(`${file} -> ${specifier}`)
      } else {
        graph.bare.set(specifier, [...(graph.bare.get(specifier) ?? []), file])
      }
    }
  }
  return graph
}

/** Whether `file` lies inside the folder `dir`. */
export const isInside = (file: string, dir: string): boolean => {
  const rel = relative(resolve(dir), resolve(file))
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/**
 * What keeps `entry` from being a schema-only entry point: a package other than `allowedPackages` (and
 * their subpaths), a file outside `dir`, or an import that names no file. Empty when there is none.
 */
export const schemaOnlyViolations = (entry: string, dir: string, allowedPackages: readonly string[]): string[] => {
  const graph = walkImports(entry)
  const allowed = (specifier: string) => allowedPackages.some((p) => specifier === p || specifier.startsWith(`${p}/`))
  return [
    ...[...graph.bare]
      .filter(([specifier]) => !allowed(specifier))
      .map(([specifier, importers]) => `package ${specifier} (imported by ${importers.map((f) => relative(dir, f)).join(', ')})`),
    ...graph.files.filter((f) => !isInside(f, dir)).map((f) => `file outside ${dir}: ${f}`),
    ...graph.unresolved.map((u) => `unresolved import: ${u}`),
  ]
}
