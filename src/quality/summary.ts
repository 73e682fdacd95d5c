/** Counts of classified streams, and the poor rate as Call Quality Dashboard reports it. */
import type { StreamQuality } from './classifyStream.js'

/**
 * How many streams are good, poor and unclassified, and the poor rate: poor streams over classified
 * (good + poor) streams, as CQD's poor percentages count, or `null` when none is classified.
 * @public
 */
export interface QualitySummary {
  /** Streams classified good. */
  readonly good: number
  /** Streams classified poor. */
  readonly poor: number
  /** Streams that could not be classified. */
  readonly unclassified: number
  /** `poor / (good + poor)`, or `null` when no stream is classified. */
  readonly poorRate: number | null
}

/** The summary of a list of classes. */
export function summarize(qualities: Iterable<StreamQuality>): QualitySummary {
  let good = 0
  let poor = 0
  let unclassified = 0
  for (const quality of qualities) {
    if (quality === 'good') good++
    else if (quality === 'poor') poor++
    else unclassified++
  }
  return { good, poor, unclassified, poorRate: good + poor === 0 ? null : poor / (good + poor) }
}
