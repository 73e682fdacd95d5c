/**
 * Every named schema of one API version, by qualified Graph name: the types, enums and pages of the
 * generated registry, and the change notifications (which are not part of the CSDL).
 */
import type { TSchema } from '@sinclair/typebox'
import { ChangeNotification, ChangeNotificationCollection, ChangeType, LifecycleEventType, ResourceData } from '../schema/changeNotification.js'
import { GraphTypes as BetaGraphTypes } from '../schema/beta/index.js'
import { GraphTypes as V1GraphTypes } from '../schema/v1.0/index.js'
import type { ApiVersion } from '../model/types.js'

const notifications: readonly TSchema[] = [ChangeType, LifecycleEventType, ResourceData, ChangeNotification, ChangeNotificationCollection]

const build = (types: Readonly<Record<string, TSchema>>): ReadonlyMap<string, TSchema> => {
  const all: [string, TSchema][] = Object.entries(types)
  for (const schema of notifications) all.push([schema.$id!, schema])
  all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new Map(all)
}

const registries: Partial<Record<ApiVersion, ReadonlyMap<string, TSchema>>> = {}

/** The named schemas of `version`, sorted by name (so that every emission has the same order). */
export const namedSchemas = (version: ApiVersion): ReadonlyMap<string, TSchema> => {
  if (version !== 'v1.0' && version !== 'beta') throw new RangeError(`unknown Graph API version ${JSON.stringify(version)}; expected "v1.0" or "beta"`)
  return (registries[version] ??= build(version === 'v1.0' ? V1GraphTypes : BetaGraphTypes))
}
