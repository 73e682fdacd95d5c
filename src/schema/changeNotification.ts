/**
 * The change notifications Graph posts for a subscription to `/communications/callRecords`. They are not
 * part of the callRecords CSDL; their shape follows Graph's `changeNotificationCollection` resource.
 */
import { Array as _Array, Object as _Object, Optional, String as _String, type Static } from '@sinclair/typebox'
import { EdmDateTimeOffset, EdmString } from './edm.js'
import { GraphEnum, Nullable } from './odata.js'

/** The members of {@link (ChangeType:variable)}. @public */
export const ChangeTypeMembers = ['created', 'updated', 'deleted'] as const

/**
 * The kind of change a notification reports. A callRecords subscription receives `created` and `updated`.
 * @public
 */
export const ChangeType = GraphEnum(ChangeTypeMembers, {
  $id: 'microsoft.graph.changeType',
  description: 'The kind of change a notification reports.',
})
/** {@inheritDoc (ChangeType:variable)} @public */
export type ChangeType = Static<typeof ChangeType>

/** The members of {@link (LifecycleEventType:variable)}, in the order of Microsoft's typings. @public */
export const LifecycleEventTypeMembers = ['missed', 'subscriptionRemoved', 'reauthorizationRequired'] as const

/**
 * The kind of a lifecycle notification: Graph removed the subscription, missed notifications, or needs
 * the subscription reauthorized. Graph's documentation and Microsoft's typings list these three and no
 * `unknownFutureValue`, so the enumeration is not evolvable.
 * @see {@link https://learn.microsoft.com/graph/change-notifications-lifecycle-events | lifecycle notifications}
 * @public
 */
export const LifecycleEventType = GraphEnum(LifecycleEventTypeMembers, {
  $id: 'microsoft.graph.lifecycleEventType',
  description: 'The kind of a lifecycle notification.',
})
/** {@inheritDoc (LifecycleEventType:variable)} @public */
export type LifecycleEventType = Static<typeof LifecycleEventType>

/**
 * What a notification says of the changed resource: for a call record, its `@odata.type`, `@odata.id`
 * and `id`. Graph writes the type as `#Microsoft.Graph.callRecord` here, so any string is accepted.
 * @public
 */
export const ResourceData = _Object(
  {
    '@odata.type': Optional(_String({ description: 'The type of the resource, such as #Microsoft.Graph.callRecord.' })),
    '@odata.id': Optional(_String({ description: 'The path of the resource.' })),
    '@odata.etag': Optional(_String({ description: 'The entity tag of the resource.' })),
    id: Optional(EdmString({ description: 'The id of the resource: the call record id.' })),
  },
  {
    $id: 'microsoft.graph.resourceData',
    description: 'What a notification says of the changed resource.',
    additionalProperties: true,
  },
)
/** {@inheritDoc (ResourceData:variable)} @public */
export type ResourceData = Static<typeof ResourceData>

/**
 * One change notification: a call record was created or updated; fetch it by `resourceData.id`.
 * @see {@link https://learn.microsoft.com/graph/api/resources/changenotification | changeNotification}
 * @public
 */
export const ChangeNotification = _Object(
  {
    id: Optional(Nullable(EdmString({ description: 'Unique id of the notification.' }))),
    subscriptionId: Optional(EdmString({ description: 'The id of the subscription that produced the notification.' })),
    subscriptionExpirationDateTime: Optional(EdmDateTimeOffset({ description: 'When the subscription expires.' })),
    clientState: Optional(Nullable(EdmString(), { description: 'The clientState given when the subscription was created.' })),
    changeType: Optional(ChangeType),
    resource: Optional(EdmString({ description: 'The path of the changed resource, relative to https://graph.microsoft.com.' })),
    resourceData: Optional(Nullable(ResourceData)),
    tenantId: Optional(EdmString({ description: 'The tenant of the changed resource.' })),
    lifecycleEvent: Optional(Nullable(LifecycleEventType, { description: 'The kind of lifecycle notification, if it is one.' })),
  },
  {
    $id: 'microsoft.graph.changeNotification',
    description: 'One change notification.',
  },
)
/** {@inheritDoc (ChangeNotification:variable)} @public */
export type ChangeNotification = Static<typeof ChangeNotification>

/**
 * The body of a change-notification request: `value` holds one or more notifications.
 * @see {@link https://learn.microsoft.com/graph/api/resources/changenotificationcollection | changeNotificationCollection}
 * @public
 */
export const ChangeNotificationCollection = _Object(
  {
    value: _Array(ChangeNotification),
    validationTokens: Optional(Nullable(_Array(EdmString()))),
  },
  {
    $id: 'microsoft.graph.changeNotificationCollection',
    description: 'The body of a change-notification request.',
  },
)
/** {@inheritDoc (ChangeNotificationCollection:variable)} @public */
export type ChangeNotificationCollection = Static<typeof ChangeNotificationCollection>
