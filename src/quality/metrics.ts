/**
 * The Graph properties of a media stream that the classification reads, as numbers: durations
 * (`PT0.016S`) in milliseconds by the package's duration rules, rates and counts as they are.
 * A property that is absent, null or not readable (an invalid duration, a string) is missing.
 */
import { checkDuration } from '../time/duration.js'

/**
 * The properties of a `mediaStream` that the classification reads: a v1.0 or beta `MediaStream`, as
 * parsed, has them all. Graph sends any of them as null when it has no value.
 * @public
 */
export interface MediaStreamMetrics {
  /** CQD "Round Trip": an ISO 8601 duration (`PT0.061S`). */
  readonly averageRoundTripTime?: string | null | undefined
  /** CQD "Packet Loss Rate": a fraction. */
  readonly averagePacketLossRate?: number | null | undefined
  /** CQD "Jitter": an ISO 8601 duration. */
  readonly averageJitter?: string | null | undefined
  /** CQD "Packet Utilization": the packet count of the stream. */
  readonly packetUtilization?: number | null | undefined
  /** CQD "Video Local Frame Loss Percentage Avg": a percentage. */
  readonly averageVideoFrameLossPercentage?: number | null | undefined
  /** CQD "Video Frame Rate Avg": frames per second. */
  readonly averageVideoFrameRate?: number | null | undefined
  /** CQD "Video Post FECPLR": a fraction. */
  readonly postForwardErrorCorrectionPacketLossRate?: number | null | undefined
  /** The video codec; `h264s` changes the screen-sharing rule. */
  readonly videoCodec?: string | null | undefined
}

/** The Graph property behind each metric the classification uses. @public */
export type QualityMetric =
  | 'packetUtilization'
  | 'averageRoundTripTime'
  | 'averagePacketLossRate'
  | 'averageJitter'
  | 'averageVideoFrameLossPercentage'
  | 'averageVideoFrameRate'
  | 'postForwardErrorCorrectionPacketLossRate'

const durations: ReadonlySet<QualityMetric> = new Set(['averageRoundTripTime', 'averageJitter'])

/** The metric as a number (milliseconds for a duration), or `undefined` when missing. */
export function readMetric(stream: MediaStreamMetrics, metric: QualityMetric): number | undefined {
  const value: unknown = stream[metric]
  if (durations.has(metric)) {
    if (typeof value !== 'string') return undefined
    const ms = checkDuration(value)
    return typeof ms === 'number' ? ms : undefined
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
