/**
 * Schemas of the OData primitive types (`Edm.*`) that callRecords uses, as Graph writes them in JSON.
 * Each carries `x-edm-type` so that a parser or an emitter knows the Edm type behind the JSON type.
 */
import {
  Boolean as _Boolean,
  Integer,
  Number as _Number,
  String as _String,
  type SchemaOptions,
  type TInteger,
  type TNumber,
  type TString,
  type TBoolean,
} from '@sinclair/typebox'
import { EDM_TYPE } from './keywords.js'

/**
 * `Edm.DateTimeOffset` as OData writes it: `YYYY-MM-DDThh:mm[:ss[.fraction]]` then `Z` or `±hh:mm`, year
 * 0001 to 9999, at most 7 fractional digits (Graph's precision, 100 ns). A pattern cannot see that
 * `2021-02-29` does not exist; the parsers check the calendar.
 * @public
 */
export const TimestampPattern =
  '^(?!0000)\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,7})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$'

/**
 * `Edm.Duration` as OData writes it (`durationValue`): `[-]P[nD][T[nH][nM][n[.f]S]]` with at least one
 * component, for example `PT0.016S`. Years, months and weeks are not part of it.
 * @public
 */
export const DurationPattern = '^-?P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$'

/** The `Edm` primitive types that callRecords uses. @public */
export type EdmType = 'Edm.String' | 'Edm.Boolean' | 'Edm.Int32' | 'Edm.Int64' | 'Edm.Single' | 'Edm.Decimal' | 'Edm.DateTimeOffset' | 'Edm.Duration'

/** Options that every primitive schema accepts: the JSON Schema annotations of a property. @public */
export type EdmOptions = SchemaOptions

/** `Edm.String`: a JSON string. @public */
export const EdmString = (options: EdmOptions = {}): TString => _String({ ...options, [EDM_TYPE]: 'Edm.String' })

/** `Edm.Boolean`: a JSON boolean. @public */
export const EdmBoolean = (options: EdmOptions = {}): TBoolean => _Boolean({ ...options, [EDM_TYPE]: 'Edm.Boolean' })

/** `Edm.Int32`: a JSON integer from -2^31 to 2^31-1. @public */
export const EdmInt32 = (options: EdmOptions = {}): TInteger => Integer({ ...options, minimum: -2147483648, maximum: 2147483647, [EDM_TYPE]: 'Edm.Int32' })

/**
 * `Edm.Int64`: a JSON integer. Limited to the integers a JavaScript number holds exactly (±(2^53-1)),
 * so that no value is rounded silently.
 * @public
 */
export const EdmInt64 = (options: EdmOptions = {}): TInteger =>
  Integer({ ...options, minimum: -9007199254740991, maximum: 9007199254740991, [EDM_TYPE]: 'Edm.Int64' })

/** `Edm.Single`: a JSON number. @public */
export const EdmSingle = (options: EdmOptions = {}): TNumber => _Number({ ...options, [EDM_TYPE]: 'Edm.Single' })

/** `Edm.Decimal`: a JSON number (a charge, in the currency of the row). @public */
export const EdmDecimal = (options: EdmOptions = {}): TNumber => _Number({ ...options, [EDM_TYPE]: 'Edm.Decimal' })

/** `Edm.DateTimeOffset`: a timestamp string, see {@link TimestampPattern}. @public */
export const EdmDateTimeOffset = (options: EdmOptions = {}): TString => _String({ ...options, pattern: TimestampPattern, [EDM_TYPE]: 'Edm.DateTimeOffset' })

/** `Edm.Duration`: an ISO 8601 day-time duration string such as `PT0.016S`, see {@link DurationPattern}. @public */
export const EdmDuration = (options: EdmOptions = {}): TString => _String({ ...options, pattern: DurationPattern, [EDM_TYPE]: 'Edm.Duration' })
