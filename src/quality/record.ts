/**
 * The parts of a call record that the quality functions read, as structural types: a v1.0 or a beta
 * `CallRecord`, as parsed, is one of them, so the same functions serve both entries.
 */
import type { MediaStreamMetrics } from './metrics.js'

/** An endpoint of a segment: its `@odata.type` (or its user agent's) says whether it is a client or a service. @public */
export interface QualityEndpoint {
  readonly '@odata.type'?: string
  readonly userAgent?: { readonly '@odata.type'?: string } | null
}

/** A media stream: its metrics and its keys. @public */
export interface QualityMediaStream extends MediaStreamMetrics {
  readonly streamId?: string | null
  readonly streamDirection?: 'callerToCallee' | 'calleeToCaller'
}

/** A media line of a segment, named by its `label` (`main-audio`, `main-video`, `applicationsharing-video`). @public */
export interface QualityMedia {
  readonly label?: string | null
  readonly streams?: readonly QualityMediaStream[] | null
}

/** A segment: its endpoints and media. @public */
export interface QualitySegment {
  readonly id?: string | null
  readonly caller?: QualityEndpoint | null
  readonly callee?: QualityEndpoint | null
  readonly media?: readonly QualityMedia[] | null
}

/** A session: its modalities and segments. @public */
export interface QualitySession {
  readonly id?: string | null
  readonly modalities?: readonly string[] | null
  readonly segments?: readonly QualitySegment[] | null
}

/** A call record, v1.0 or beta. @public */
export interface QualityCallRecord {
  readonly id?: string | null
  readonly sessions?: readonly QualitySession[] | null
}
