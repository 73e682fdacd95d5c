/** Call quality: streams classified as Call Quality Dashboard does, per stream and per call. */
export { callQuality, type CallQuality, type CallQualityOptions, type StreamQualityRow } from './callQuality.js'
export {
  classifyStream,
  type ClassifyOptions,
  type QualityReason,
  type StreamClassification,
  type StreamKind,
  type StreamQuality,
} from './classifyStream.js'
export type { MediaStreamMetrics, QualityMetric } from './metrics.js'
export type {
  QualityCallRecord,
  QualityEndpoint,
  QualityMedia,
  QualityMediaStream,
  QualitySegment,
  QualitySession,
} from './record.js'
export { streamKind } from './streamKind.js'
export type { QualitySummary } from './summary.js'
export {
  CqdThresholds,
  type AudioThresholds,
  type PartialThresholds,
  type QualityThresholds,
  type ScreenSharingThresholds,
  type ThresholdOverrides,
  type ThresholdSource,
  type VideoThresholds,
} from './thresholds.js'
