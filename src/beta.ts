/**
 * graph-callrecords/beta: the data model of Microsoft Graph call records (`microsoft.graph.callRecords`), beta.
 * Schemas, time rules, parsers and version merge.
 * @packageDocumentation
 */
export * from './schema/beta/index.js'
