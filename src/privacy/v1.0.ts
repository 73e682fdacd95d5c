/**
 * The redaction of each top-level type of Graph v1.0, typed: what the main entry point exports.
 * Each is {@link redact} with the type's schema; see docs/personal-data.md.
 */
import { CallRecord, Organizer, Participant, Segment, Session, DirectRoutingLogRow, PstnCallLogRow } from '../schema/v1.0/index.js'
import type { RedactOptions } from './options.js'
import { createRedactor, redact } from './redact.js'

/**
 * A redactor of call records for a whole stream or table (the options are checked once): what
 * `export --redact` and `graph-callrecords redact` call for every record.
 * @public
 */
export const createCallRecordRedactor = (options: RedactOptions): ((record: CallRecord) => CallRecord) => createRedactor<CallRecord>(CallRecord, options)

/** A redacted copy of a `CallRecord`: every personal value in it, nested ones included. @public */
export const redactCallRecord = (value: CallRecord, options: RedactOptions): CallRecord => redact(CallRecord, value, options)

/** A redacted copy of a `Session`: every personal value in it, nested ones included. @public */
export const redactSession = (value: Session, options: RedactOptions): Session => redact(Session, value, options)

/** A redacted copy of a `Segment`: every personal value in it, nested ones included. @public */
export const redactSegment = (value: Segment, options: RedactOptions): Segment => redact(Segment, value, options)

/** A redacted copy of a `Participant`: every personal value in it, nested ones included. @public */
export const redactParticipant = (value: Participant, options: RedactOptions): Participant => redact(Participant, value, options)

/** A redacted copy of an `Organizer`: every personal value in it, nested ones included. @public */
export const redactOrganizer = (value: Organizer, options: RedactOptions): Organizer => redact(Organizer, value, options)

/** A redacted copy of a `PstnCallLogRow`: every personal value in it, nested ones included. @public */
export const redactPstnCallLogRow = (value: PstnCallLogRow, options: RedactOptions): PstnCallLogRow => redact(PstnCallLogRow, value, options)

/** A redacted copy of a `DirectRoutingLogRow`: every personal value in it, nested ones included. @public */
export const redactDirectRoutingLogRow = (value: DirectRoutingLogRow, options: RedactOptions): DirectRoutingLogRow =>
  redact(DirectRoutingLogRow, value, options)
