/**
 * The parts of a call record that the quality functions read, as structural types: a v1.0 or a beta
 * `CallRecord`, as parsed, is one of them, so the same functions serve both entries.
 */
import type { MediaStreamMetrics } from './metrics.js'

/** An endpoint of a segment: its `@odata.type` (or its user agent's) says whether it is a client or a service. @public */
export interface QualityEndpoint {
  /** `#microsoft.graph.callRecords.participantEndpoint` (a client) or `…serviceEndpoint`. */
  readonly '@odata.type'?: string | undefined
  /** Its user agent: `#microsoft.graph.callRecords.clientUserAgent` or `…serviceUserAgent`. */
  readonly userAgent?: { readonly '@odata.type'?: string } | null | undefined
}

/** A media stream: its metrics and its keys. @public */
export interface QualityMediaStream extends MediaStreamMetrics {
  /** Unique identifier of the stream. */
  readonly streamId?: string | null | undefined
  /** Which endpoint of the segment sends it. */
  readonly streamDirection?: 'callerToCallee' | 'calleeToCaller' | undefined
}

/** A media line of a segment, named by its `label` (`main-audio`, `main-video`, `applicationsharing-video`). @public */
export interface QualityMedia {
  /** How the media was identified during negotiation. */
  readonly label?: string | null | undefined
  /** Its streams, one per direction. */
  readonly streams?: readonly QualityMediaStream[] | null | undefined
}

/** A segment: its endpoints and media. @public */
export interface QualitySegment {
  /** Unique identifier of the segment. */
  readonly id?: string | null | undefined
  /** The endpoint that initiated the segment. */
  readonly caller?: QualityEndpoint | null | undefined
  /** The endpoint that answered it. */
  readonly callee?: QualityEndpoint | null | undefined
  /** Its media lines. */
  readonly media?: readonly QualityMedia[] | null | undefined
}

/** A session: its modalities and segments. @public */
export interface QualitySession {
  /** Unique identifier of the session. */
  readonly id?: string | null | undefined
  /** The modalities of the session (`audio`, `video`, `videoBasedScreenSharing`, …). */
  readonly modalities?: readonly string[] | null | undefined
  /** Its segments. */
  readonly segments?: readonly QualitySegment[] | null | undefined
}

/** A call record, v1.0 or beta. @public */
export interface QualityCallRecord {
  /** Unique identifier of the call. */
  readonly id?: string | null | undefined
  /** Its sessions. */
  readonly sessions?: readonly QualitySession[] | null | undefined
}
