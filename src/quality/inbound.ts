/**
 * Whether a stream flows toward a client, CQD's "Inbound": the endpoint that receives it (the callee
 * of a `callerToCallee` stream, the caller of a `calleeToCaller` one) is a participant endpoint or has
 * a client user agent; toward a service endpoint it is outbound; otherwise unknown.
 */
import type { QualityEndpoint, QualityMediaStream, QualitySegment } from './record.js'

const CLIENT = new Set(['#microsoft.graph.callRecords.participantEndpoint', '#microsoft.graph.callRecords.clientUserAgent'])
const SERVICE = new Set(['#microsoft.graph.callRecords.serviceEndpoint', '#microsoft.graph.callRecords.serviceUserAgent'])

function role(endpoint: QualityEndpoint | null | undefined): 'client' | 'service' | undefined {
  const types = [endpoint?.['@odata.type'], endpoint?.userAgent?.['@odata.type']]
  if (types.some((type) => type !== undefined && CLIENT.has(type))) return 'client'
  if (types.some((type) => type !== undefined && SERVICE.has(type))) return 'service'
  return undefined
}

/** `true` toward a client, `false` toward a service, `undefined` when the segment does not say. */
export function isInbound(segment: QualitySegment, stream: QualityMediaStream): boolean | undefined {
  const receiver = stream.streamDirection === 'callerToCallee' ? segment.callee : stream.streamDirection === 'calleeToCaller' ? segment.caller : undefined
  const receivedBy = role(receiver)
  return receivedBy === undefined ? undefined : receivedBy === 'client'
}
