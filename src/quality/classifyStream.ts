/**
 * Classifies one media stream as Call Quality Dashboard does (see {@link CqdThresholds} for the page
 * and its revision): audio by every available network metric, video and video-based screen sharing by
 * the first available video metric, each behind the packet-utilization condition where the page states one.
 */
import { readMetric, type MediaStreamMetrics, type QualityMetric } from './metrics.js'
import { resolveThresholds, type QualityThresholds, type ThresholdOverrides } from './thresholds.js'

/** The kinds of stream that Call Quality Dashboard classifies and Graph carries the metrics of. @public */
export type StreamKind = 'audio' | 'video' | 'videoBasedScreenSharing'

/** The classes of Call Quality Dashboard. @public */
export type StreamQuality = 'good' | 'poor' | 'unclassified'

/**
 * Why a stream is not good: a threshold its metric crosses (poor), or a packet count at or under the
 * minimum (unclassified). Durations in milliseconds.
 * @public
 */
export interface QualityReason {
  /** The Graph property of the stream that was compared. */
  readonly metric: QualityMetric
  /** Its value, as a number (milliseconds for a duration). */
  readonly value: number
  /** The threshold it was compared with. */
  readonly threshold: number
}

/** What {@link classifyStream} returns. @public */
export interface StreamClassification {
  /** Good, poor or unclassified. */
  readonly quality: StreamQuality
  /** Empty for a good stream, and for a stream unclassified because its metrics are missing. */
  readonly reasons: readonly QualityReason[]
}

/** How {@link classifyStream} classifies. @public */
export interface ClassifyOptions {
  /** Thresholds of the caller's own, laid over the published ones ({@link CqdThresholds}). */
  readonly thresholds?: ThresholdOverrides | undefined
  /**
   * Whether the stream flows toward a client (CQD's "Inbound"); read only for video-based screen
   * sharing, whose frame loss counts for inbound streams only. Unknown when absent: the first
   * available of frame loss and frame rate decides. {@link callQuality} derives it from the segment.
   */
  readonly inbound?: boolean | undefined
}

/** A metric and the side of its threshold that is poor. */
interface Step {
  readonly metric: QualityMetric
  readonly poorWhen: 'above' | 'below'
}

const roundTrip: Step = { metric: 'averageRoundTripTime', poorWhen: 'above' }
const packetLoss: Step = { metric: 'averagePacketLossRate', poorWhen: 'above' }
const jitter: Step = { metric: 'averageJitter', poorWhen: 'above' }
const frameLoss: Step = { metric: 'averageVideoFrameLossPercentage', poorWhen: 'above' }
const frameRate: Step = { metric: 'averageVideoFrameRate', poorWhen: 'below' }
const postFecLoss: Step = { metric: 'postForwardErrorCorrectionPacketLossRate', poorWhen: 'above' }

// Shared by every stream without reasons, so frozen: a caller that changes one changes no other.
const none: readonly QualityReason[] = Object.freeze([])
const unclassified: StreamClassification = Object.freeze({ quality: 'unclassified', reasons: none })
const good: StreamClassification = Object.freeze({ quality: 'good', reasons: none })

/** The reason when the metric is on the poor side of its threshold. */
function check(step: Step, value: number, limits: object): QualityReason | undefined {
  const threshold = (limits as Record<string, number>)[step.metric]!
  const poor = step.poorWhen === 'above' ? value > threshold : value < threshold
  return poor ? { metric: step.metric, value, threshold } : undefined
}

/** Unclassified when the stream carries no more than the minimum of packets; a missing count is no condition. */
function lowPackets(stream: MediaStreamMetrics, threshold: number): StreamClassification | undefined {
  const value = readMetric(stream, 'packetUtilization')
  if (value === undefined || value > threshold) return undefined
  return { quality: 'unclassified', reasons: [{ metric: 'packetUtilization', value, threshold }] }
}

/** Poor when any available metric is on the poor side; unclassified when none is available. */
function anyOf(stream: MediaStreamMetrics, steps: readonly Step[], limits: object): StreamClassification {
  const reasons: QualityReason[] = []
  let available = false
  for (const step of steps) {
    const value = readMetric(stream, step.metric)
    if (value === undefined) continue
    available = true
    const reason = check(step, value, limits)
    if (reason !== undefined) reasons.push(reason)
  }
  if (!available) return unclassified
  return reasons.length > 0 ? { quality: 'poor', reasons } : good
}

/** The first available metric decides; unclassified when none is available. */
function firstOf(stream: MediaStreamMetrics, steps: readonly Step[], limits: object): StreamClassification {
  for (const step of steps) {
    const value = readMetric(stream, step.metric)
    if (value === undefined) continue
    const reason = check(step, value, limits)
    return reason === undefined ? good : { quality: 'poor', reasons: [reason] }
  }
  return unclassified
}

/** VBSS: frame loss for an inbound stream not in H264S, frame rate for the others. */
function screenSharingSteps(stream: MediaStreamMetrics, inbound: boolean | undefined): readonly Step[] {
  if (stream.videoCodec === 'h264s' || inbound === false) return [frameRate]
  return inbound === true ? [frameLoss] : [frameLoss, frameRate]
}

function classify(stream: MediaStreamMetrics, kind: StreamKind, limits: QualityThresholds, inbound?: boolean): StreamClassification {
  switch (kind) {
    case 'audio':
      return lowPackets(stream, limits.audio.packetUtilization) ?? anyOf(stream, [roundTrip, packetLoss, jitter], limits.audio)
    case 'video':
      return lowPackets(stream, limits.video.packetUtilization) ?? firstOf(stream, [frameLoss, frameRate, postFecLoss], limits.video)
    case 'videoBasedScreenSharing':
      return firstOf(stream, screenSharingSteps(stream, inbound), limits.videoBasedScreenSharing)
    default:
      throw new TypeError(`unknown stream kind ${JSON.stringify(kind)}: expected audio, video or videoBasedScreenSharing`)
  }
}

/**
 * Classifies a media stream as good, poor or unclassified by the published rules of Call Quality
 * Dashboard ({@link CqdThresholds}), or by the caller's thresholds. Reads durations such as `PT0.016S`
 * in milliseconds; a missing or unreadable metric is unavailable. Throws a `TypeError` for a kind
 * other than the three.
 * @example
 * ```ts
 * classifyStream({ averageJitter: 'PT0.045S', packetUtilization: 4000 }, 'audio')
 * // { quality: 'poor', reasons: [{ metric: 'averageJitter', value: 45, threshold: 30 }] }
 * ```
 * @public
 */
export function classifyStream(stream: MediaStreamMetrics, kind: StreamKind, options?: ClassifyOptions): StreamClassification {
  return classify(stream, kind, resolveThresholds(options?.thresholds), options?.inbound)
}

/** {@link classifyStream} with thresholds already resolved, for a caller that classifies many streams. */
export function classifyWith(stream: MediaStreamMetrics, kind: StreamKind, limits: QualityThresholds, inbound?: boolean): StreamClassification {
  return classify(stream, kind, limits, inbound)
}
