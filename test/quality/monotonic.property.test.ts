/**
 * The law of any sound classification: a stream whose metrics all improve (or stay) never gets worse.
 * Improving is lower round trip, packet loss, jitter, frame loss and post-FEC loss, and higher frame
 * rate; the packet count, the codec, the direction and which metrics are present stay as they were.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyStream, type MediaStreamMetrics, type StreamKind, type ThresholdOverrides } from '../../src/index.js'

/** Each metric as a number (milliseconds for durations), or absent. */
interface Metrics {
  rtt?: number | undefined
  loss?: number | undefined
  jitter?: number | undefined
  frameLoss?: number | undefined
  frameRate?: number | undefined
  postFec?: number | undefined
}

const ms = fc.integer({ min: 0, max: 2000 })
const rate = fc.double({ min: 0, max: 1, noNaN: true })
const metricsArbitrary: fc.Arbitrary<Metrics> = fc.record(
  {
    rtt: ms,
    loss: rate,
    jitter: ms,
    frameLoss: fc.double({ min: 0, max: 100, noNaN: true }),
    frameRate: fc.double({ min: 0, max: 60, noNaN: true }),
    postFec: rate,
  },
  { requiredKeys: [] },
)
/** A factor in [0, 1] per metric: how much of it is kept (lower is better) or how much is added (frame rate). */
const improvementArbitrary = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })

const improve = (m: Metrics, f: readonly number[]): Metrics => {
  const lower = (v: number | undefined, k: number) => (v === undefined ? undefined : v * k)
  return {
    rtt: m.rtt === undefined ? undefined : Math.floor(m.rtt * f[0]!),
    loss: lower(m.loss, f[1]!),
    jitter: m.jitter === undefined ? undefined : Math.floor(m.jitter * f[2]!),
    frameLoss: lower(m.frameLoss, f[3]!),
    frameRate: m.frameRate === undefined ? undefined : m.frameRate + f[4]! * 30,
    postFec: lower(m.postFec, f[5]!),
  }
}

const toStream = (m: Metrics, packetUtilization: number | undefined, videoCodec: string | undefined): MediaStreamMetrics => ({
  packetUtilization,
  videoCodec,
  averageRoundTripTime: m.rtt === undefined ? undefined : `PT${(m.rtt / 1000).toFixed(3)}S`,
  averagePacketLossRate: m.loss,
  averageJitter: m.jitter === undefined ? undefined : `PT${(m.jitter / 1000).toFixed(3)}S`,
  averageVideoFrameLossPercentage: m.frameLoss,
  averageVideoFrameRate: m.frameRate,
  postForwardErrorCorrectionPacketLossRate: m.postFec,
})

const thresholdsArbitrary: fc.Arbitrary<ThresholdOverrides | undefined> = fc.option(
  fc.record(
    {
      audio: fc.record({ averageJitter: ms, averageRoundTripTime: ms }, { requiredKeys: [] }),
      video: fc.record({ averageVideoFrameRate: fc.integer({ min: 0, max: 30 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
)

describe('classifyStream', () => {
  it('never gets worse when every metric improves', () => {
    fc.assert(
      fc.property(
        metricsArbitrary,
        improvementArbitrary,
        fc.constantFrom<StreamKind>('audio', 'video', 'videoBasedScreenSharing'),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        fc.constantFrom(undefined, 'h264', 'h264s'),
        fc.constantFrom(undefined, true, false),
        thresholdsArbitrary,
        (metrics, factors, kind, packets, codec, inbound, thresholds) => {
          const options = { inbound, thresholds }
          const before = classifyStream(toStream(metrics, packets, codec), kind, options).quality
          const after = classifyStream(toStream(improve(metrics, factors), packets, codec), kind, options).quality
          // Poor may become good; good stays good; unclassified (nothing to judge) stays unclassified.
          expect(after === before || (before === 'poor' && after === 'good')).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('generates streams of every class (the law is not vacuous)', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(metricsArbitrary, fc.constantFrom<StreamKind>('audio', 'video', 'videoBasedScreenSharing'), (metrics, kind) => {
        seen.add(classifyStream(toStream(metrics, 1000, undefined), kind).quality)
      }),
      { numRuns: 500 },
    )
    expect([...seen].sort()).toEqual(['good', 'poor', 'unclassified'])
  })
})
