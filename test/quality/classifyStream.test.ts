/**
 * The published rules, threshold by threshold: each case is built from the table (CqdThresholds), just
 * inside and just outside the threshold, and with the metric missing, so that a changed threshold or a
 * changed comparison fails here.
 */
import { describe, expect, it } from 'vitest'
import { classifyStream, CqdThresholds, type MediaStreamMetrics, type QualityMetric } from '../../src/index.js'

/** A value of the metric as Graph sends it: durations as ISO 8601 (`PT0.5S`), the rest as numbers. */
const graphValue = (metric: QualityMetric, value: number): string | number =>
  metric === 'averageRoundTripTime' || metric === 'averageJitter' ? `PT${(value / 1000).toFixed(3)}S` : value

/** A value just across the threshold on the poor side: 1 ms for a duration, a thousandth of it otherwise. */
const across = (metric: QualityMetric, threshold: number, poorWhen: 'above' | 'below'): number => {
  const step = metric === 'averageRoundTripTime' || metric === 'averageJitter' ? 1 : threshold / 1000
  return poorWhen === 'above' ? threshold + step : threshold - step
}

const stream = (metric: QualityMetric, value: number, extra: MediaStreamMetrics = {}): MediaStreamMetrics => ({
  ...extra,
  [metric]: graphValue(metric, value),
})

describe('audio: poor when round trip, packet loss rate or jitter is above its threshold', () => {
  const t = CqdThresholds.audio
  const enough = { packetUtilization: t.packetUtilization + 1 }
  const metrics = ['averageRoundTripTime', 'averagePacketLossRate', 'averageJitter'] as const

  it.each(metrics)('%s at its threshold is good', (metric) => {
    expect(classifyStream(stream(metric, t[metric], enough), 'audio')).toEqual({ quality: 'good', reasons: [] })
  })

  it.each(metrics)('%s just above its threshold is poor, and says so', (metric) => {
    const value = across(metric, t[metric], 'above')
    expect(classifyStream(stream(metric, value, enough), 'audio')).toEqual({
      quality: 'poor',
      reasons: [{ metric, value, threshold: t[metric] }],
    })
  })

  it.each(metrics)('%s missing: the others decide', (metric) => {
    const others = metrics.filter((m) => m !== metric)
    const good = Object.fromEntries(others.map((m) => [m, graphValue(m, t[m])]))
    expect(classifyStream({ ...enough, ...good }, 'audio').quality).toBe('good')
    const poor = { ...good, [others[0]!]: graphValue(others[0]!, across(others[0]!, t[others[0]!], 'above')) }
    expect(classifyStream({ ...enough, ...poor }, 'audio').quality).toBe('poor')
  })

  it('every metric missing is unclassified', () => {
    expect(classifyStream(enough, 'audio')).toEqual({ quality: 'unclassified', reasons: [] })
    expect(classifyStream({ ...enough, averageJitter: null, averageRoundTripTime: null, averagePacketLossRate: null }, 'audio').quality).toBe('unclassified')
  })

  it('lists every threshold crossed', () => {
    const poor = Object.fromEntries(metrics.map((m) => [m, graphValue(m, across(m, t[m], 'above'))]))
    expect(classifyStream({ ...enough, ...poor }, 'audio').reasons.map((r) => r.metric)).toEqual(metrics)
  })

  it('a stream of no more than the minimum of packets is unclassified, however poor its metrics', () => {
    const poor = stream('averageJitter', across('averageJitter', t.averageJitter, 'above'), { packetUtilization: t.packetUtilization })
    expect(classifyStream(poor, 'audio')).toEqual({
      quality: 'unclassified',
      reasons: [{ metric: 'packetUtilization', value: t.packetUtilization, threshold: t.packetUtilization }],
    })
  })

  it('a missing packet count is no condition', () => {
    const poor = stream('averageJitter', across('averageJitter', t.averageJitter, 'above'))
    expect(classifyStream(poor, 'audio').quality).toBe('poor')
  })

  it('an unreadable duration is a missing metric, not an error', () => {
    expect(classifyStream({ ...enough, averageJitter: '45ms' }, 'audio').quality).toBe('unclassified')
  })
})

describe('video: the first available of frame loss, frame rate and post-FEC packet loss decides', () => {
  const t = CqdThresholds.video
  const enough = { packetUtilization: t.packetUtilization + 1 }
  const steps = [
    ['averageVideoFrameLossPercentage', 'above'],
    ['averageVideoFrameRate', 'below'],
    ['postForwardErrorCorrectionPacketLossRate', 'above'],
  ] as const

  it.each(steps)('%s alone: good at its threshold, poor just across it', (metric, poorWhen) => {
    expect(classifyStream(stream(metric, t[metric], enough), 'video').quality).toBe('good')
    const value = across(metric, t[metric], poorWhen)
    expect(classifyStream(stream(metric, value, enough), 'video')).toEqual({ quality: 'poor', reasons: [{ metric, value, threshold: t[metric] }] })
  })

  it.each(steps.slice(0, 2))('%s available: a later metric does not count', (metric) => {
    const index = steps.findIndex(([m]) => m === metric)
    const later = Object.fromEntries(steps.slice(index + 1).map(([m, side]) => [m, graphValue(m, across(m, t[m], side))]))
    expect(classifyStream({ ...enough, ...later, ...stream(metric, t[metric]) }, 'video').quality).toBe('good')
  })

  it('every metric missing is unclassified', () => {
    expect(classifyStream(enough, 'video')).toEqual({ quality: 'unclassified', reasons: [] })
  })

  it('a stream of no more than the minimum of packets is unclassified', () => {
    const poor = stream('averageVideoFrameRate', 0, { packetUtilization: t.packetUtilization })
    expect(classifyStream(poor, 'video').quality).toBe('unclassified')
    expect(classifyStream({ ...poor, packetUtilization: t.packetUtilization + 1 }, 'video').quality).toBe('poor')
  })
})

describe('video-based screen sharing: frame loss for inbound streams not in H264S, frame rate for the others', () => {
  const t = CqdThresholds.videoBasedScreenSharing
  const lossPoor = across('averageVideoFrameLossPercentage', t.averageVideoFrameLossPercentage, 'above')
  const ratePoor = across('averageVideoFrameRate', t.averageVideoFrameRate, 'below')

  it('inbound: frame loss at its threshold is good, just above is poor', () => {
    const at = { averageVideoFrameLossPercentage: t.averageVideoFrameLossPercentage, averageVideoFrameRate: ratePoor }
    expect(classifyStream(at, 'videoBasedScreenSharing', { inbound: true }).quality).toBe('good')
    expect(classifyStream({ averageVideoFrameLossPercentage: lossPoor }, 'videoBasedScreenSharing', { inbound: true })).toEqual({
      quality: 'poor',
      reasons: [{ metric: 'averageVideoFrameLossPercentage', value: lossPoor, threshold: t.averageVideoFrameLossPercentage }],
    })
  })

  it('inbound without frame loss is unclassified, whatever the frame rate', () => {
    expect(classifyStream({ averageVideoFrameRate: ratePoor }, 'videoBasedScreenSharing', { inbound: true }).quality).toBe('unclassified')
  })

  it('outbound: frame rate at its threshold is good, just below is poor; frame loss does not count', () => {
    const rate = { averageVideoFrameRate: t.averageVideoFrameRate, averageVideoFrameLossPercentage: lossPoor }
    expect(classifyStream(rate, 'videoBasedScreenSharing', { inbound: false }).quality).toBe('good')
    expect(classifyStream({ averageVideoFrameRate: ratePoor }, 'videoBasedScreenSharing', { inbound: false }).quality).toBe('poor')
    expect(classifyStream({ averageVideoFrameLossPercentage: lossPoor }, 'videoBasedScreenSharing', { inbound: false }).quality).toBe('unclassified')
  })

  it('H264S: frame rate, inbound too', () => {
    const h264s = { videoCodec: 'h264s', averageVideoFrameLossPercentage: lossPoor, averageVideoFrameRate: t.averageVideoFrameRate }
    expect(classifyStream(h264s, 'videoBasedScreenSharing', { inbound: true }).quality).toBe('good')
    expect(classifyStream({ ...h264s, averageVideoFrameRate: ratePoor }, 'videoBasedScreenSharing', { inbound: true }).quality).toBe('poor')
  })

  it('direction unknown: the first available of frame loss and frame rate', () => {
    expect(classifyStream({ averageVideoFrameLossPercentage: lossPoor }, 'videoBasedScreenSharing').quality).toBe('poor')
    expect(classifyStream({ averageVideoFrameRate: ratePoor }, 'videoBasedScreenSharing').quality).toBe('poor')
    expect(classifyStream({}, 'videoBasedScreenSharing').quality).toBe('unclassified')
  })

  it('has no packet-utilization condition', () => {
    expect(classifyStream({ packetUtilization: 1, averageVideoFrameRate: ratePoor }, 'videoBasedScreenSharing').quality).toBe('poor')
  })
})

describe("a caller's thresholds", () => {
  it('replace only the thresholds given', () => {
    const jitter = 'PT0.040S'
    expect(classifyStream({ averageJitter: jitter }, 'audio').quality).toBe('poor')
    expect(classifyStream({ averageJitter: jitter }, 'audio', { thresholds: { audio: { averageJitter: 50 } } }).quality).toBe('good')
    const rtt = `PT${(CqdThresholds.audio.averageRoundTripTime + 1) / 1000}S`
    expect(classifyStream({ averageRoundTripTime: rtt }, 'audio', { thresholds: { audio: { averageJitter: 50 } } }).quality).toBe('poor')
  })

  it('an undefined threshold keeps the published one', () => {
    expect(classifyStream({ averageJitter: 'PT0.040S' }, 'audio', { thresholds: { audio: { averageJitter: undefined } } }).quality).toBe('poor')
  })

  it('do not change the published table', () => {
    classifyStream({}, 'audio', { thresholds: { audio: { averageJitter: 1 } } })
    expect(CqdThresholds.audio.averageJitter).toBe(30)
  })

  it('cannot be changed by a caller', () => {
    expect(() => {
      ;(CqdThresholds.audio as { averageJitter: number }).averageJitter = 1
    }).toThrow(TypeError)
    expect(CqdThresholds.audio.averageJitter).toBe(30)
  })
})

describe('the table', () => {
  it('names its source', () => {
    expect(CqdThresholds.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/.*stream-classification-in-call-quality-dashboard$/)
    expect(CqdThresholds.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('holds the published values', () => {
    // The page: audio round trip > 500 ms, packet loss rate > 0.1, jitter > 30 ms, with more than 500
    // packets; video frame loss > 50 %, frame rate < 7, post-FEC loss > 0.15, with more than 500 packets;
    // VBSS frame loss > 50 %, frame rate < 1.
    expect(CqdThresholds.audio).toEqual({ packetUtilization: 500, averageRoundTripTime: 500, averagePacketLossRate: 0.1, averageJitter: 30 })
    expect(CqdThresholds.video).toEqual({
      packetUtilization: 500,
      averageVideoFrameLossPercentage: 50,
      averageVideoFrameRate: 7,
      postForwardErrorCorrectionPacketLossRate: 0.15,
    })
    expect(CqdThresholds.videoBasedScreenSharing).toEqual({ averageVideoFrameLossPercentage: 50, averageVideoFrameRate: 1 })
  })
})

it('an unknown kind is a clear error', () => {
  expect(() => classifyStream({}, 'data' as never)).toThrow(/unknown stream kind "data"/)
})
