/**
 * The committed files under `schemas/`: each emitted document with its path. Shared by
 * scripts/emit-schemas.ts, which writes them, and test/emit, which checks that they are current.
 */
import { toJsonSchema, toOpenApi } from '../src/emit/index.js'

export interface SchemaFile {
  /** Relative to the package root. */
  readonly path: string
  readonly text: string
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** Every file, in a fixed order. */
export const schemaFiles = (): SchemaFile[] =>
  (['v1.0', 'beta'] as const).flatMap((apiVersion) => [
    { path: `schemas/${apiVersion}/callRecords.schema.json`, text: json(toJsonSchema({ apiVersion, dialect: '2020-12' })) },
    { path: `schemas/${apiVersion}/callRecords.draft-07.schema.json`, text: json(toJsonSchema({ apiVersion, dialect: 'draft-07' })) },
    { path: `schemas/${apiVersion}/openapi-3.0.json`, text: json(toOpenApi({ apiVersion, openapi: '3.0.3' })) },
    { path: `schemas/${apiVersion}/openapi-3.1.json`, text: json(toOpenApi({ apiVersion, openapi: '3.1.0' })) },
  ])
