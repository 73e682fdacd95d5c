/** The version of the package, from its package.json (two levels above `dist/cli/`, as above `src/cli/`). */
import { readFileSync } from 'node:fs'

export const packageVersion = (): string => {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }
    return typeof manifest.version === 'string' ? manifest.version : 'unknown'
  } catch {
    return 'unknown'
  }
}
