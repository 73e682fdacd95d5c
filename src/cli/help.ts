/** The `--help` texts: what each command does, its options, and examples. */

export const COMMANDS = ['validate', 'normalize', 'merge', 'export', 'quality', 'redact', 'schema'] as const
export type Command = (typeof COMMANDS)[number]

const INPUTS = `Inputs:
  Files, or standard input ("-", or when no file is given). Each input is one JSON document (a record,
  an array of records, or a Graph page whose "value" holds the records) or NDJSON (one record, array or
  page a line). The shape is detected. NDJSON is read line by line; a JSON document is read whole.
  UTF-8 only: UTF-16, UTF-32 and binary input are refused by name. The Graph version is the one
  --api-version chooses, else the one the input's "@odata.context" names, else v1.0.`

const TYPES = `Record types:
  Call records by default. A record's "@odata.type", a page's "@odata.context" (…/callRecords,
  …/sessions, Collection(microsoft.graph.callRecords.pstnCallLogRow), …) or else its properties tell
  other types apart; --type names the type of every record instead (a page type, such as
  SessionCollectionResponse, stands for the type of its items).`

const common = (strictNote = ''): string => `  --api-version <v>   v1.0 (default) or beta: the schemas to read with
  --strict            accept exactly what Graph's metadata allows (default: lenient, which reads what
                      Graph is known to send and reports each relaxation as a warning)${strictNote}
  -o, --output <file> write the data to <file> instead of standard output (never to an input)
  --max-line <size>   the longest line read (default 64M); a longer one is reported and skipped
  -q, --quiet         no warnings, no progress bar, no summary
  -h, --help          this help`

export const HELP: Record<'main' | Command, string> = {
  main: `graph-callrecords: validate, normalize and merge Microsoft Graph call records.

Usage:
  graph-callrecords <command> [options] [files…]

Commands:
  validate    check records and report every issue as file:line: /pointer: message
  normalize   write the records as parsed (canonical timestamps, …) as NDJSON
  merge       write one merged record per call id (the versions of a call merged) as NDJSON
  export      load the records into analytics tables: a DuckDB database, Parquet or CSV files
  quality     count good, poor and unclassified streams per kind (Call Quality Dashboard rules)
  redact      write the records with their personal data pseudonymized, masked or dropped as NDJSON
  schema      write the JSON Schema or OpenAPI document of the schemas

Options:
  -h, --help      help; "graph-callrecords <command> --help" for a command
  -v, --version   the version of the package

Exit status: 0 all records valid, 1 some record invalid, 2 usage error or unreadable input,
3 output could not be written (closed by its reader, disk full).

Examples:
  graph-callrecords validate callRecords.ndjson
  graph-callrecords normalize export/*.json > records.ndjson
  graph-callrecords merge records.ndjson > merged.ndjson
  graph-callrecords schema --format openapi --openapi 3.0.3 > callRecords.openapi.json

Documentation: docs/cli.md in the package.`,

  validate: `graph-callrecords validate [options] [files…]

Checks every record and reports each issue as "file:line: /json/pointer: message" on standard
output (line: where the record starts; pointer: into the record), warnings as
"file:line: warning: /pointer: message", and a summary on standard error.

${INPUTS}

${TYPES}

Options:
  --format <f>        text (default) or json: one JSON report on standard output, with
                      {file, line, index, id, type, valid, issues, warnings} for each record and a summary
  --type <Schema>     read every record as this schema (CallRecord, Session, PstnCallLogRow,
                      SessionCollectionResponse, …)
${common()}

Exit status: 0 all records valid, 1 some record or page invalid (or not JSON), 2 usage error or
unreadable input;
3 output could not be written.

Examples:
  graph-callrecords validate callRecords.ndjson
  graph-callrecords validate --strict --api-version beta record.json
  graph-callrecords validate --type Session sessions.ndjson
  curl -s -H "Authorization: Bearer $TOKEN" https://graph.microsoft.com/v1.0/communications/callRecords \\
    | graph-callrecords validate
  graph-callrecords validate --format json export.ndjson > report.json`,

  normalize: `graph-callrecords normalize [options] [files…]

Writes every valid record as parsed, one a line (NDJSON), to standard output: timestamps in UTC with
7 fractional digits, numeric strings as numbers, unknown enum members as unknownFutureValue (lenient).
Invalid records are reported on standard error ("file:line: /pointer: message") and skipped; the
others still come out.

${INPUTS}

${TYPES}

Options:
  --type <Schema>     read every record as this schema (see validate --help)
${common()}

Exit status: 0 all records valid, 1 some record skipped, 2 usage error or unreadable input;
3 output could not be written.

Examples:
  graph-callrecords normalize callRecords.ndjson > normalized.ndjson
  graph-callrecords normalize page-*.json | gzip > records.ndjson.gz
  cat export.ndjson | graph-callrecords normalize --quiet -`,

  merge: `graph-callrecords merge [options] [files…]

Reads versions of call records, in any order, and writes one merged record per call id (the versions
merged as mergeCallRecords does: each part from the highest version that has it), in order of first
appearance, one a line (NDJSON), to standard output. Memory holds one record per call id. Invalid
records, and records that are not call records, are reported on standard error and skipped.

${INPUTS}

Options:
${common('; also refuses\n                      call records without a version')}

Exit status: 0 all records valid, 1 some record skipped, 2 usage error or unreadable input;
3 output could not be written.

Examples:
  graph-callrecords merge notifications/*.json > merged.ndjson
  graph-callrecords merge yesterday.ndjson today.ndjson > merged.ndjson`,

  redact: `graph-callrecords redact --key-file <file> [options] [files…]

Writes every valid record with its personal data (the properties docs/personal-data.md lists: user
ids and names, phone numbers, e-mail and IP addresses, device names, free text) replaced, one a line
(NDJSON), to standard output. Everything else is written as normalize writes it. Invalid records are
reported on standard error and skipped. The key is never written anywhere.

${INPUTS}

${TYPES}

Options:
  --key-file <file>   the secret key of pseudonymize (at least 16 bytes; one line end is ignored)
  --mode <m>          pseudonymize (default: HMAC-SHA-256 tokens, the same for the same value),
                      mask (a fixed placeholder), drop (the property removed), truncate (an IP address
                      cut to its /24 or /48 network, other values masked) or keep
  --categories <c>    a mode per category, overriding --mode: network=truncate,freeText=drop
                      (identifier, name, contact, network, device, freeText)
  --type <Schema>     read every record as this schema (see validate --help)
${common()}

Exit status: 0 all records valid, 1 some record skipped, 2 usage error or unreadable input;
3 output could not be written.

Examples:
  openssl rand -base64 32 > redact.key && chmod 600 redact.key
  graph-callrecords redact --key-file redact.key callRecords.ndjson > pseudonymized.ndjson
  graph-callrecords redact --mode drop --categories network=truncate export/*.json > clean.ndjson`,

  schema: `graph-callrecords schema [options]

Writes the schemas of one Graph API version as one document (pretty JSON) to standard output.

Options:
  --format <f>        json-schema (default) or openapi
  --api-version <v>   v1.0 (default) or beta
  --dialect <d>       JSON Schema: 2020-12 (default) or draft-07
  --openapi <v>       OpenAPI: 3.1.0 (default) or 3.0.3
  --root <Schema>     JSON Schema: the type the document validates at its root (CallRecord, or
                      microsoft.graph.callRecords.callRecord)
  -h, --help          this help

Examples:
  graph-callrecords schema > callRecords.schema.json
  graph-callrecords schema --root CallRecord > callRecord.schema.json
  graph-callrecords schema --dialect draft-07 --api-version beta > callRecords.beta.draft-07.json
  graph-callrecords schema --format openapi --openapi 3.0.3 > callRecords.openapi.json`,

  export: `graph-callrecords export --to <duckdb|parquet|csv> <target> [options] [files…]

Loads call records and log rows (PSTN, direct routing, and the beta logs) into the analytics tables
of docs/analytics.md: call_records, sessions, segments, media, streams, participants, pstn_calls, …
Issues are reported on standard error as by validate; records that cannot be exported are skipped.

Targets:
  --to duckdb <file>    a DuckDB database, created or added to. A call already stored is merged with
                        the new version: when the merge differs, its rows are replaced in one
                        transaction; an older or equal version changes nothing.
  --to parquet <dir>    one folder per table, partitioned by the call's start date (date=YYYY-MM-DD/)
  --to csv <dir>        one <table>.csv per table, with a header
  DuckDB comes from the optional package @duckdb/node-api (npm install @duckdb/node-api).

Personal data:
  --redact              redact the records before they are flattened, as \`redact\` does, with
                        --mode, --categories and --key-file <file> (docs/personal-data.md)

${INPUTS}

Options:
${common()}

Examples:
  graph-callrecords export --to duckdb calls.duckdb exports/*.ndjson
  graph-callrecords export --to parquet lake/ exports/*.ndjson
  graph-callrecords export --to parquet lake/ --redact --key-file pseudonym.key exports/*.ndjson`,

  quality: `graph-callrecords quality [options] [files…]

Classifies every media stream of the call records as Call Quality Dashboard does and prints, per
kind of stream, the good, poor and unclassified counts and the poor rate, then the calls with the
highest poor rate.

${INPUTS}

Options:
  --format <f>        text (default) or json: one JSON report on standard output
  --top <n>           how many of the poorest calls to list (default 10)
${common()}

Examples:
  graph-callrecords quality exports/*.ndjson
  graph-callrecords quality --format json records.ndjson > quality.json`,
}
