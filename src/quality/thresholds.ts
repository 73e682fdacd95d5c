/**
 * The thresholds of Microsoft's stream classification of Call Quality Dashboard, in one table with
 * their source, so that the rules are read from one place and a caller can replace any of them.
 */

/** Where the published thresholds come from. @public */
export interface ThresholdSource {
  /** The title of the published page. */
  readonly title: string
  /** Its address. */
  readonly url: string
  /** The revision read (the page's `ms.date`, `YYYY-MM-DD`). */
  readonly revised: string
  /** When it was read (`YYYY-MM-DD`). */
  readonly read: string
}

/**
 * Audio: poor when any of round trip, packet loss rate or jitter is above its threshold, for a stream
 * of more than `packetUtilization` packets. Durations in milliseconds, rates as fractions (0.1 = 10 %).
 * @public
 */
export interface AudioThresholds {
  /** Packets a stream must exceed to be classified (CQD "Packet Utilization \> 500 packets"). */
  readonly packetUtilization: number
  /** CQD "Round Trip", milliseconds: poor above. */
  readonly averageRoundTripTime: number
  /** CQD "Packet Loss Rate", a fraction: poor above. */
  readonly averagePacketLossRate: number
  /** CQD "Jitter", milliseconds: poor above. */
  readonly averageJitter: number
}

/**
 * Video: the first available of frame loss, frame rate and post-FEC packet loss decides, for a stream
 * of more than `packetUtilization` packets.
 * @public
 */
export interface VideoThresholds {
  /** Packets a stream must exceed to be classified (CQD "Packet Utilization \> 500 packets"). */
  readonly packetUtilization: number
  /** CQD "Video Local Frame Loss Percentage Avg", a percentage (50 = 50 %): poor above. */
  readonly averageVideoFrameLossPercentage: number
  /** CQD "Video Frame Rate Avg", frames per second: poor below. */
  readonly averageVideoFrameRate: number
  /** CQD "Video Post FECPLR", a fraction: poor above. */
  readonly postForwardErrorCorrectionPacketLossRate: number
}

/**
 * Video-based screen sharing (VBSS): frame loss for an inbound stream not encoded in H264S, frame rate
 * for every other stream.
 * @public
 */
export interface ScreenSharingThresholds {
  /** CQD "Video Local Frame Loss Percentage Avg", a percentage: poor above. */
  readonly averageVideoFrameLossPercentage: number
  /** CQD "Video Frame Rate Avg", frames per second: poor below. */
  readonly averageVideoFrameRate: number
}

/** Every threshold of the classification, by stream kind. @public */
export interface QualityThresholds {
  /** Audio streams. */
  readonly audio: AudioThresholds
  /** Video streams. */
  readonly video: VideoThresholds
  /** Video-based screen sharing streams. */
  readonly videoBasedScreenSharing: ScreenSharingThresholds
}

/** Some of the thresholds of a kind; a missing or undefined one keeps its published value. @public */
export type PartialThresholds<T> = { readonly [K in keyof T]?: T[K] | undefined }

/** A caller's own thresholds: any of them, the others keep their published value. @public */
export interface ThresholdOverrides {
  /** Audio thresholds to replace. */
  readonly audio?: PartialThresholds<AudioThresholds> | undefined
  /** Video thresholds to replace. */
  readonly video?: PartialThresholds<VideoThresholds> | undefined
  /** Video-based screen sharing thresholds to replace. */
  readonly videoBasedScreenSharing?: PartialThresholds<ScreenSharingThresholds> | undefined
}

/**
 * The published thresholds of Call Quality Dashboard's stream classification, with their source.
 * The revision of 2024-10-22 added the packet-utilization condition and gave VBSS its own two-step
 * rule (frame rate below 1); earlier revisions used post-FEC packet loss and a frame rate below 2.
 * @public
 */
// prettier-ignore
export const CqdThresholds: QualityThresholds & { readonly source: ThresholdSource } = deepFreeze({
  source: {
    title: 'Stream classification in Call Quality Dashboard (CQD)',
    url: 'https://learn.microsoft.com/microsoftteams/stream-classification-in-call-quality-dashboard',
    revised: '2024-10-22',
    read: '2026-12-03',
  },
  audio: { packetUtilization: 500, averageRoundTripTime: 500, averagePacketLossRate: 0.1, averageJitter: 30 },
  video: { packetUtilization: 500, averageVideoFrameLossPercentage: 50, averageVideoFrameRate: 7, postForwardErrorCorrectionPacketLossRate: 0.15 },
  videoBasedScreenSharing: { averageVideoFrameLossPercentage: 50, averageVideoFrameRate: 1 },
})

/** Frozen to the leaves: the published table is shared by every caller, so no caller may change it for the others. */
function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child)
  return Object.freeze(value)
}

/** The published thresholds with a caller's overrides laid over them; nothing is mutated. */
export function resolveThresholds(overrides: ThresholdOverrides | undefined): QualityThresholds {
  if (overrides === undefined) return CqdThresholds
  return {
    audio: overlay(CqdThresholds.audio, overrides.audio),
    video: overlay(CqdThresholds.video, overrides.video),
    videoBasedScreenSharing: overlay(CqdThresholds.videoBasedScreenSharing, overrides.videoBasedScreenSharing),
  }
}

/** Lays the finite numbers of `partial` over `base`: an `undefined` (or a non-number) keeps the published value. */
function overlay<T extends Record<keyof T, number>>(base: T, partial: PartialThresholds<T> | undefined): T {
  const result: Record<keyof T, number> = { ...base }
  if (partial === undefined) return result as T
  for (const key of Object.keys(base) as (keyof T)[]) {
    const value = partial[key]
    if (typeof value === 'number' && !Number.isNaN(value)) result[key] = value
  }
  return result as T
}
