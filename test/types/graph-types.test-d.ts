/**
 * The static types of the schemas against Microsoft's own typings of Graph
 * (`@microsoft/microsoft-graph-types` for v1.0, `@microsoft/microsoft-graph-types-beta` for beta; both
 * name the namespace `CallRecords`).
 *
 * What holds, checked below:
 * - every value of our types is a value of Microsoft's type (assignability, deep: nested types, enums,
 *   nullability and collections included);
 * - no property that Microsoft's typings declare is missing from ours; the only properties ours add are
 *   OData control information (`@odata.type`, `@odata.context`, `@odata.id`, `<navigation>@odata.*`),
 *   which Microsoft's typings do not model;
 * - every enumeration has exactly the members of Microsoft's type, members declared after
 *   `unknownFutureValue` included (`productFamily.azureCommunicationServices`).
 *
 * Differences between Graph's CSDL and Microsoft's typings: none in these types at the pinned versions
 * (microsoft-graph-types 2.43.1, microsoft-graph-types-beta 0.44.0-preview). One inconsistency lies
 * inside Graph's own metadata instead: the descriptions of `callRecord.modalities` and
 * `session.modalities` list `unknown` as a possible value, but the `modality` enumeration of the CSDL
 * (v1.0 and beta) has no member `unknown`, and neither has Microsoft's `CallRecords.Modality`.
 */
import { describe, expectTypeOf, test } from 'vitest'
import type { CallRecords, ChangeNotification, ChangeNotificationCollection, EndpointType, LifecycleEventType } from '@microsoft/microsoft-graph-types'
import type {
  CallRecords as BetaCallRecords,
  ChangeNotificationCollection as BetaChangeNotificationCollection,
  EndpointType as BetaEndpointType,
} from '@microsoft/microsoft-graph-types-beta'
import type * as V1 from '../../src/index.js'
import type * as Beta from '../../src/beta.js'

/** The keys of `Ours` that are OData control information, not Graph properties. */
type ControlInformation<Ours> = Extract<keyof Ours, `@odata.${string}` | `${string}@odata.${string}`>
/** The properties Microsoft declares that ours lack (expected: none). */
type Missing<Ours, Theirs> = Exclude<keyof Theirs, keyof Ours>
/** The properties ours declare that Microsoft's do not, other than OData control information (expected: none). */
type Extra<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs | ControlInformation<Ours>>

describe('v1.0 types are assignable to @microsoft/microsoft-graph-types', () => {
  test('entities and rows', () => {
    expectTypeOf<V1.CallRecord>().not.toBeAny()
    expectTypeOf<V1.CallRecord>().toExtend<CallRecords.CallRecord>()
    expectTypeOf<V1.Session>().toExtend<CallRecords.Session>()
    expectTypeOf<V1.Segment>().toExtend<CallRecords.Segment>()
    expectTypeOf<V1.Participant>().toExtend<CallRecords.Participant>()
    expectTypeOf<V1.Organizer>().toExtend<CallRecords.Organizer>()
    expectTypeOf<V1.PstnCallLogRow>().toExtend<CallRecords.PstnCallLogRow>()
    expectTypeOf<V1.DirectRoutingLogRow>().toExtend<CallRecords.DirectRoutingLogRow>()
  })

  test('plain assignments', () => {
    const assign = (record: V1.CallRecord, pstn: V1.PstnCallLogRow, direct: V1.DirectRoutingLogRow) => {
      const theirs: CallRecords.CallRecord = record
      const sessions: CallRecords.Session[] | null | undefined = record.sessions
      const segments: CallRecords.Segment[] | null | undefined = record.sessions?.[0]?.segments
      const participants: CallRecords.Participant[] | null | undefined = record.participants_v2
      const row: CallRecords.PstnCallLogRow = pstn
      const directRow: CallRecords.DirectRoutingLogRow = direct
      return [theirs, sessions, segments, participants, row, directRow]
    }
    expectTypeOf(assign).returns.not.toBeAny()
  })

  test('no property of Microsoft is missing; ours add only OData control information', () => {
    expectTypeOf<Missing<V1.CallRecord, CallRecords.CallRecord>>().toBeNever()
    expectTypeOf<Missing<V1.Session, CallRecords.Session>>().toBeNever()
    expectTypeOf<Missing<V1.Segment, CallRecords.Segment>>().toBeNever()
    expectTypeOf<Missing<V1.Participant, CallRecords.Participant>>().toBeNever()
    expectTypeOf<Missing<V1.PstnCallLogRow, CallRecords.PstnCallLogRow>>().toBeNever()
    expectTypeOf<Missing<V1.DirectRoutingLogRow, CallRecords.DirectRoutingLogRow>>().toBeNever()
    expectTypeOf<Extra<V1.CallRecord, CallRecords.CallRecord>>().toBeNever()
    expectTypeOf<Extra<V1.Session, CallRecords.Session>>().toBeNever()
    expectTypeOf<Extra<V1.Segment, CallRecords.Segment>>().toBeNever()
    expectTypeOf<Extra<V1.Participant, CallRecords.Participant>>().toBeNever()
    expectTypeOf<Extra<V1.PstnCallLogRow, CallRecords.PstnCallLogRow>>().toBeNever()
    expectTypeOf<Extra<V1.DirectRoutingLogRow, CallRecords.DirectRoutingLogRow>>().toBeNever()
  })

  test('enumerations have exactly the members of Microsoft', () => {
    expectTypeOf<V1.AudioCodec>().toEqualTypeOf<CallRecords.AudioCodec>()
    expectTypeOf<V1.CallType>().toEqualTypeOf<CallRecords.CallType>()
    expectTypeOf<V1.ClientPlatform>().toEqualTypeOf<CallRecords.ClientPlatform>()
    expectTypeOf<V1.FailureStage>().toEqualTypeOf<CallRecords.FailureStage>()
    expectTypeOf<V1.MediaStreamDirection>().toEqualTypeOf<CallRecords.MediaStreamDirection>()
    expectTypeOf<V1.Modality>().toEqualTypeOf<CallRecords.Modality>()
    expectTypeOf<V1.NetworkConnectionType>().toEqualTypeOf<CallRecords.NetworkConnectionType>()
    expectTypeOf<V1.NetworkTransportProtocol>().toEqualTypeOf<CallRecords.NetworkTransportProtocol>()
    expectTypeOf<V1.ProductFamily>().toEqualTypeOf<CallRecords.ProductFamily>()
    expectTypeOf<V1.PstnCallDurationSource>().toEqualTypeOf<CallRecords.PstnCallDurationSource>()
    expectTypeOf<V1.ServiceRole>().toEqualTypeOf<CallRecords.ServiceRole>()
    expectTypeOf<V1.UserFeedbackRating>().toEqualTypeOf<CallRecords.UserFeedbackRating>()
    expectTypeOf<V1.VideoCodec>().toEqualTypeOf<CallRecords.VideoCodec>()
    expectTypeOf<V1.WifiBand>().toEqualTypeOf<CallRecords.WifiBand>()
    expectTypeOf<V1.WifiRadioType>().toEqualTypeOf<CallRecords.WifiRadioType>()
    expectTypeOf<V1.EndpointType>().toEqualTypeOf<EndpointType>()
    // A member declared after unknownFutureValue is part of the type.
    expectTypeOf<'azureCommunicationServices'>().toExtend<V1.ProductFamily>()
  })

  test('invalid literals do not type-check', () => {
    // @ts-expect-error `unknown` is not a member of the v1.0 modality enumeration (the description lists it).
    const badModality: V1.CallRecord = { modalities: ['unknown'] }
    // @ts-expect-error `version` is an Edm.Int64: a number, not a string.
    const badVersion: V1.CallRecord = { version: '1' }
    // @ts-expect-error `type` is a callType.
    const badType: V1.CallRecord = { type: 'oneToOne' }
    // @ts-expect-error `duration` of a PSTN row is an Edm.Int32.
    const badDuration: V1.PstnCallLogRow = { duration: '60' }
    const good: V1.CallRecord = { modalities: ['audio', 'unknownFutureValue'], version: 1, type: 'peerToPeer' }
    expectTypeOf([badModality, badVersion, badType, badDuration, good]).items.toEqualTypeOf<V1.CallRecord | V1.PstnCallLogRow>()
    expectTypeOf<'unknown'>().not.toExtend<V1.Modality>()
    expectTypeOf<string>().not.toExtend<NonNullable<V1.CallRecord['version']>>()
  })

  test('change notifications, as a subscription receives them', () => {
    expectTypeOf<V1.ChangeNotificationCollection>().toExtend<ChangeNotificationCollection>()
    expectTypeOf<V1.ChangeNotification>().toExtend<ChangeNotification>()
    expectTypeOf<V1.LifecycleEventType>().toEqualTypeOf<LifecycleEventType>()
    expectTypeOf<Beta.ChangeNotificationCollection>().toExtend<BetaChangeNotificationCollection>()
  })
})

describe('beta types are assignable to @microsoft/microsoft-graph-types-beta', () => {
  test('entities and rows', () => {
    expectTypeOf<Beta.CallRecord>().not.toBeAny()
    expectTypeOf<Beta.CallRecord>().toExtend<BetaCallRecords.CallRecord>()
    expectTypeOf<Beta.Session>().toExtend<BetaCallRecords.Session>()
    expectTypeOf<Beta.Segment>().toExtend<BetaCallRecords.Segment>()
    expectTypeOf<Beta.Participant>().toExtend<BetaCallRecords.Participant>()
    expectTypeOf<Beta.Organizer>().toExtend<BetaCallRecords.Organizer>()
    expectTypeOf<Beta.PstnCallLogRow>().toExtend<BetaCallRecords.PstnCallLogRow>()
    expectTypeOf<Beta.DirectRoutingLogRow>().toExtend<BetaCallRecords.DirectRoutingLogRow>()
    expectTypeOf<Beta.SmsLogRow>().toExtend<BetaCallRecords.SmsLogRow>()
    expectTypeOf<Beta.PstnBlockedUsersLogRow>().toExtend<BetaCallRecords.PstnBlockedUsersLogRow>()
    expectTypeOf<Beta.PstnOnlineMeetingDialoutReport>().toExtend<BetaCallRecords.PstnOnlineMeetingDialoutReport>()
  })

  test('plain assignments', () => {
    const assign = (record: Beta.CallRecord, pstn: Beta.PstnCallLogRow, direct: Beta.DirectRoutingLogRow) => {
      const theirs: BetaCallRecords.CallRecord = record
      const sessions: BetaCallRecords.Session[] | null | undefined = record.sessions
      const segments: BetaCallRecords.Segment[] | null | undefined = record.sessions?.[0]?.segments
      const participants: BetaCallRecords.Participant[] | null | undefined = record.participants_v2
      const row: BetaCallRecords.PstnCallLogRow = pstn
      const directRow: BetaCallRecords.DirectRoutingLogRow = direct
      return [theirs, sessions, segments, participants, row, directRow]
    }
    expectTypeOf(assign).returns.not.toBeAny()
  })

  test('no property of Microsoft is missing; ours add only OData control information', () => {
    expectTypeOf<Missing<Beta.CallRecord, BetaCallRecords.CallRecord>>().toBeNever()
    expectTypeOf<Missing<Beta.Session, BetaCallRecords.Session>>().toBeNever()
    expectTypeOf<Missing<Beta.Segment, BetaCallRecords.Segment>>().toBeNever()
    expectTypeOf<Missing<Beta.Participant, BetaCallRecords.Participant>>().toBeNever()
    expectTypeOf<Missing<Beta.PstnCallLogRow, BetaCallRecords.PstnCallLogRow>>().toBeNever()
    expectTypeOf<Missing<Beta.DirectRoutingLogRow, BetaCallRecords.DirectRoutingLogRow>>().toBeNever()
    expectTypeOf<Extra<Beta.CallRecord, BetaCallRecords.CallRecord>>().toBeNever()
    expectTypeOf<Extra<Beta.Session, BetaCallRecords.Session>>().toBeNever()
    expectTypeOf<Extra<Beta.Segment, BetaCallRecords.Segment>>().toBeNever()
    expectTypeOf<Extra<Beta.Participant, BetaCallRecords.Participant>>().toBeNever()
    expectTypeOf<Extra<Beta.PstnCallLogRow, BetaCallRecords.PstnCallLogRow>>().toBeNever()
    expectTypeOf<Extra<Beta.DirectRoutingLogRow, BetaCallRecords.DirectRoutingLogRow>>().toBeNever()
  })

  test('enumerations have exactly the members of Microsoft', () => {
    expectTypeOf<Beta.AudioCodec>().toEqualTypeOf<BetaCallRecords.AudioCodec>()
    expectTypeOf<Beta.CallType>().toEqualTypeOf<BetaCallRecords.CallType>()
    expectTypeOf<Beta.ClientPlatform>().toEqualTypeOf<BetaCallRecords.ClientPlatform>()
    expectTypeOf<Beta.FailureStage>().toEqualTypeOf<BetaCallRecords.FailureStage>()
    expectTypeOf<Beta.MediaStreamDirection>().toEqualTypeOf<BetaCallRecords.MediaStreamDirection>()
    expectTypeOf<Beta.Modality>().toEqualTypeOf<BetaCallRecords.Modality>()
    expectTypeOf<Beta.NetworkConnectionType>().toEqualTypeOf<BetaCallRecords.NetworkConnectionType>()
    expectTypeOf<Beta.NetworkTransportProtocol>().toEqualTypeOf<BetaCallRecords.NetworkTransportProtocol>()
    expectTypeOf<Beta.ProductFamily>().toEqualTypeOf<BetaCallRecords.ProductFamily>()
    expectTypeOf<Beta.PstnCallDurationSource>().toEqualTypeOf<BetaCallRecords.PstnCallDurationSource>()
    expectTypeOf<Beta.PstnUserBlockMode>().toEqualTypeOf<BetaCallRecords.PstnUserBlockMode>()
    expectTypeOf<Beta.ServiceRole>().toEqualTypeOf<BetaCallRecords.ServiceRole>()
    expectTypeOf<Beta.UserFeedbackRating>().toEqualTypeOf<BetaCallRecords.UserFeedbackRating>()
    expectTypeOf<Beta.VideoCodec>().toEqualTypeOf<BetaCallRecords.VideoCodec>()
    expectTypeOf<Beta.WifiBand>().toEqualTypeOf<BetaCallRecords.WifiBand>()
    expectTypeOf<Beta.WifiRadioType>().toEqualTypeOf<BetaCallRecords.WifiRadioType>()
    expectTypeOf<Beta.EndpointType>().toEqualTypeOf<BetaEndpointType>()
    expectTypeOf<'azureCommunicationServices'>().toExtend<Beta.ProductFamily>()
  })

  test('invalid literals do not type-check', () => {
    // @ts-expect-error `unknown` is not a member of the beta modality enumeration either.
    const badModality: Beta.CallRecord = { modalities: ['unknown'] }
    // @ts-expect-error `version` is an Edm.Int64: a number, not a string.
    const badVersion: Beta.CallRecord = { version: '1' }
    const good: Beta.CallRecord = { modalities: ['video'], version: 2 }
    expectTypeOf([badModality, badVersion, good]).items.toEqualTypeOf<Beta.CallRecord>()
  })
})
