/**
 * Every media stream of a call record, with its keys, its kind and its classification, and the counts
 * per kind and for the call: what a report of poor calls starts from.
 */
import { classifyWith, type StreamClassification, type StreamKind, type StreamQuality, type QualityReason } from './classifyStream.js'
import { isInbound } from './inbound.js'
import type { QualityCallRecord } from './record.js'
import { summarize, type QualitySummary } from './summary.js'
import { resolveThresholds, type ThresholdOverrides } from './thresholds.js'
import { streamKind } from './streamKind.js'

/** One media stream of a call, keyed as the record nests it, with its classification. @public */
export interface StreamQualityRow {
  /** The `id` of its session. */
  readonly sessionId: string | null
  /** The `id` of its segment. */
  readonly segmentId: string | null
  /** The `label` of the media line (`main-audio`). */
  readonly mediaLabel: string | null
  /** The `streamId` of the stream. */
  readonly streamId: string | null
  /** Its `streamDirection`. */
  readonly direction: 'callerToCallee' | 'calleeToCaller' | null
  /** By {@link streamKind}; `null` for a stream of no classified kind, which is then unclassified. */
  readonly kind: StreamKind | null
  /** Its class, by {@link classifyStream}. */
  readonly quality: StreamQuality
  /** Why it is not good, by {@link classifyStream}. */
  readonly reasons: readonly QualityReason[]
}

/** What {@link callQuality} returns. @public */
export interface CallQuality {
  /** The `id` of the call record. */
  readonly callRecordId: string | null
  /** Every stream, in the order of the record. */
  readonly streams: readonly StreamQualityRow[]
  /** The counts per kind of stream. */
  readonly byKind: { readonly [K in StreamKind]: QualitySummary }
  /** The counts over every stream of the call, those of no kind included (as unclassified). */
  readonly call: QualitySummary
}

/** How {@link callQuality} classifies. @public */
export interface CallQualityOptions {
  /** Thresholds of the caller's own, laid over the published ones ({@link CqdThresholds}). */
  readonly thresholds?: ThresholdOverrides | undefined
}

// Shared by every stream of no kind, so frozen: changing one row's reasons cannot change another's.
const unclassified: StreamClassification = Object.freeze({ quality: 'unclassified', reasons: Object.freeze([]) })

/**
 * Classifies every media stream of a call record (v1.0 or beta, as parsed) as Call Quality Dashboard
 * does: the kind of each from its media label or the session's modalities ({@link streamKind}), the
 * direction toward a client from the segment's endpoints. The record is not changed.
 * @example
 * ```ts
 * const quality = callQuality(parseCallRecord(payload))
 * quality.byKind.audio   // { good: 1, poor: 0, unclassified: 1, poorRate: 0 }
 * quality.streams.filter((s) => s.quality === 'poor')
 * ```
 * @public
 */
export function callQuality(record: QualityCallRecord, options?: CallQualityOptions): CallQuality {
  const limits = resolveThresholds(options?.thresholds)
  const streams: StreamQualityRow[] = []
  for (const session of record.sessions ?? []) {
    for (const segment of session.segments ?? []) {
      for (const media of segment.media ?? []) {
        const kind = streamKind(media.label, session.modalities)
        for (const stream of media.streams ?? []) {
          const { quality, reasons } = kind === null ? unclassified : classifyWith(stream, kind, limits, isInbound(segment, stream))
          streams.push({
            sessionId: session.id ?? null,
            segmentId: segment.id ?? null,
            mediaLabel: media.label ?? null,
            streamId: stream.streamId ?? null,
            direction: stream.streamDirection ?? null,
            kind,
            quality,
            reasons,
          })
        }
      }
    }
  }
  const of = (kind: StreamKind) => summarize(streams.filter((row) => row.kind === kind).map((row) => row.quality))
  return {
    callRecordId: record.id ?? null,
    streams,
    byKind: { audio: of('audio'), video: of('video'), videoBasedScreenSharing: of('videoBasedScreenSharing') },
    call: summarize(streams.map((row) => row.quality)),
  }
}
