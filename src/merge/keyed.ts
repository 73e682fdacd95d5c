/**
 * Which collections the merge pairs item by item: those the model keys by `id` (the entity key of
 * their items). Any other array is one value, taken whole from one side.
 */
import type { GraphModel } from '../model/types.js'

const cache = new WeakMap<GraphModel, ReadonlySet<string>>()

/** The names of the properties, in any type of the model, that hold a collection keyed by `id`. */
export const keyedById = (model: GraphModel): ReadonlySet<string> => {
  let names = cache.get(model)
  if (names === undefined) {
    const found = new Set<string>()
    for (const type of Object.values(model.types))
      for (const property of type.properties) if (property.key?.length === 1 && property.key[0] === 'id') found.add(property.name)
    cache.set(model, (names = found))
  }
  return names
}
