/**
 * What the emitters read of one Graph API version: its generated model and its schemas. Each entry
 * point gives its own version's, so that the v1.0 entry loads nothing of beta and the reverse.
 */
import type { TSchema } from '@sinclair/typebox'
import type { GraphModel } from '../model/types.js'
import type { GraphApiVersion } from './json.js'

/** One version's model and schemas by qualified Graph name (its `GraphTypes`). */
export interface VersionSources {
  readonly model: GraphModel
  readonly types: Readonly<Record<string, TSchema>>
}

/** The sources of the version the options name, the first one when they name none. */
export const sourcesFor = (available: readonly VersionSources[], version: GraphApiVersion | undefined): VersionSources => {
  if (version === undefined) return available[0]!
  const found = available.find((s) => s.model.apiVersion === version)
  if (found) return found
  if (version !== 'v1.0' && version !== 'beta') throw new RangeError(`unknown Graph API version ${JSON.stringify(version)}; expected "v1.0" or "beta"`)
  // An entry point emits its own version: the other one is in the other entry point.
  throw new RangeError(
    `Graph ${version} is emitted by ${version === 'beta' ? 'graph-callrecords/beta' : 'graph-callrecords'}; this entry point emits Graph ${available.map((s) => s.model.apiVersion).join(', ')}`,
  )
}
