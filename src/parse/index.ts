export { createParser, type ParseOptions, type Parser, type SafeParseResult } from './parser.js'
export { validatorCompiler, type ValidationOutcome, type ValidatorCompiler } from './validatorCompiler.js'
export type { StandardSchemaV1, StandardSchemaV1Issue, StandardSchemaV1Props, StandardSchemaV1Result } from './standardSchema.js'
export { CallRecordsParseError, formatIssue, IssueCodes, type Issue, type IssueCode } from './issue.js'
