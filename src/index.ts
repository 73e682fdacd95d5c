/**
 * graph-callrecords: the data model of Microsoft Graph call records (`microsoft.graph.callRecords`), v1.0.
 * Schemas, time rules, parsers and version merge.
 * @packageDocumentation
 */
export * from './schema/v1.0/index.js'
