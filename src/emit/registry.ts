/**
 * Every named schema of one API version, by qualified Graph name: the types, enums and pages of the
 * generated registry, and the change notifications (which are not part of the CSDL).
 */
import type { TSchema } from '@sinclair/typebox'
import { ChangeNotification, ChangeNotificationCollection, ChangeType, LifecycleEventType, ResourceData } from '../schema/changeNotification.js'
import type { VersionSources } from './sources.js'

const notifications: readonly TSchema[] = [ChangeType, LifecycleEventType, ResourceData, ChangeNotification, ChangeNotificationCollection]

const build = (types: Readonly<Record<string, TSchema>>): ReadonlyMap<string, TSchema> => {
  const all: [string, TSchema][] = Object.entries(types)
  for (const schema of notifications) all.push([schema.$id!, schema])
  all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new Map(all)
}

const registries = new WeakMap<object, ReadonlyMap<string, TSchema>>()

/** The named schemas of a version, sorted by name (so that every emission has the same order). */
export const namedSchemas = (sources: VersionSources): ReadonlyMap<string, TSchema> => {
  let named = registries.get(sources.types)
  if (named === undefined) registries.set(sources.types, (named = build(sources.types)))
  return named
}
