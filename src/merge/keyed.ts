/**
 * Which collections are sets of items rather than single values. The one place merge asks it: the
 * generated model of Graph can answer it here without any other change.
 */

/** The navigation collections whose items are merged by `id`; any other array is one value. */
const BY_ID: ReadonlySet<string> = new Set(['sessions', 'segments', 'participants_v2'])

/** Whether the array under `property` is a collection of items merged one by one (by `id`, or by content). */
export const isKeyed = (property: string): boolean => BY_ID.has(property)
