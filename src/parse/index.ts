export { createParser, type ParseOptions, type Parser, type SafeParseResult } from './parser.js'
export { CallRecordsParseError, formatIssue, IssueCodes, type Issue, type IssueCode } from './issue.js'
