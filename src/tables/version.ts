/** The model of a Graph version, for the command line, which reads both (the entry points each load their own). */
import { GraphModelBeta } from '../model/beta.js'
import type { ApiVersion, GraphModel } from '../model/types.js'
import { GraphModelV1 } from '../model/v1.0.js'

/** The model of a Graph version. Throws a `TypeError` for another version. */
export function modelOf(apiVersion: ApiVersion): GraphModel {
  if (apiVersion === 'v1.0') return GraphModelV1
  if (apiVersion === 'beta') return GraphModelBeta
  throw new TypeError(`unknown API version ${JSON.stringify(apiVersion)}: expected v1.0 or beta`)
}
