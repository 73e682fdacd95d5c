/**
 * callQuality on Graph's documented call records (examples/, v1.0 and beta, parsed by each entry), and
 * the rules that give each stream its kind and its direction.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { callQuality, CqdThresholds, streamKind, type QualitySegment } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const read = (version: string, file: string): unknown => JSON.parse(readFileSync(join(root, 'examples', version, 'CallRecord', file), 'utf8'))

const parsers = {
  'v1.0': (file: string) => v1.parseCallRecord(read('v1.0', file)),
  beta: (file: string) => beta.parseCallRecord(read('beta', file)),
}

describe.each(Object.entries(parsers))('documented call records, %s', (_version, parse) => {
  // Both pages publish the same peer-to-peer audio call (legacy 2021 revision): stream 1504545584
  // carries 67 packets (a muted microphone: CQD leaves it unclassified), stream 1785122252 carries 709
  // packets with round trip 64 ms, loss 1.4 % and jitter 7 ms, all inside the thresholds.
  it('get-2.legacy-2021: one audio stream unclassified for its packet count, one good', () => {
    const quality = callQuality(parse('get-2.legacy-2021.json'))
    expect(quality.callRecordId).toBe('e523d2ed-2966-4b6b-925b-754a88034cc5')
    expect(quality.streams.map(({ streamId, kind, quality, direction }) => ({ streamId, kind, quality, direction }))).toEqual([
      { streamId: '1504545584', kind: 'audio', quality: 'unclassified', direction: 'callerToCallee' },
      { streamId: '1785122252', kind: 'audio', quality: 'good', direction: 'calleeToCaller' },
    ])
    expect(quality.streams[0]!.reasons).toEqual([{ metric: 'packetUtilization', value: 67, threshold: CqdThresholds.audio.packetUtilization }])
    expect(quality.byKind.audio).toEqual({ good: 1, poor: 0, unclassified: 1, poorRate: 0 })
    expect(quality.byKind.video).toEqual({ good: 0, poor: 0, unclassified: 0, poorRate: null })
    expect(quality.call).toEqual(quality.byKind.audio)
  })

  it('every stream is keyed by its session, segment and media', () => {
    const record = parse('get-2.legacy-2021.json')
    const session = record.sessions![0]!
    const segment = session.segments![0]!
    for (const row of callQuality(record).streams) {
      expect(row).toMatchObject({ sessionId: session.id, segmentId: segment.id, mediaLabel: 'main-audio' })
    }
  })

  it('a record whose audio worsens past a threshold has a poor stream, and the record is not changed', () => {
    const record = parse('get-2.legacy-2021.json')
    const before = JSON.stringify(record)
    const worse = structuredClone(record)
    worse.sessions![0]!.segments![0]!.media![0]!.streams![1]!.averageJitter = 'PT0.031S'
    const quality = callQuality(worse)
    expect(quality.streams[1]).toMatchObject({ quality: 'poor', reasons: [{ metric: 'averageJitter', value: 31, threshold: 30 }] })
    expect(quality.byKind.audio).toEqual({ good: 0, poor: 1, unclassified: 1, poorRate: 1 })
    expect(JSON.stringify(record)).toBe(before)
  })

  it('records without sessions have no streams', () => {
    for (const file of ['get-1.json', 'get-1.legacy-2021.json']) {
      expect(callQuality(parse(file))).toMatchObject({ streams: [], call: { good: 0, poor: 0, unclassified: 0, poorRate: null } })
    }
  })
})

it('v1.0 get-2: a stream with jitter only (16 ms) and no packet count is good', () => {
  const quality = callQuality(parsers['v1.0']('get-2.json'))
  expect(quality.streams.map((row) => [row.streamId, row.kind, row.quality])).toEqual([['1504545584', 'audio', 'good']])
})

it("a caller's thresholds reach every stream", () => {
  const quality = callQuality(parsers['v1.0']('get-2.legacy-2021.json'), { thresholds: { audio: { averageJitter: 5 } } })
  expect(quality.byKind.audio).toEqual({ good: 0, poor: 1, unclassified: 1, poorRate: 1 })
})

describe('streamKind', () => {
  it.each([
    ['main-audio', 'audio'],
    ['main-video', 'video'],
    ['applicationsharing-video', 'videoBasedScreenSharing'],
    ['Main-Audio', 'audio'],
    ['data', null],
    ['applicationsharing', null],
  ] as const)('label %s is %s', (label, kind) => {
    expect(streamKind(label, ['audio'])).toBe(kind)
  })

  it('without a label, one media modality of the session', () => {
    expect(streamKind(undefined, ['video'])).toBe('video')
    expect(streamKind(null, ['videoBasedScreenSharing', 'data'])).toBe('videoBasedScreenSharing')
    expect(streamKind(undefined, ['audio', 'video'])).toBeNull()
    expect(streamKind(undefined, [])).toBeNull()
    expect(streamKind(undefined)).toBeNull()
  })
})

describe('the direction of a screen-sharing stream', () => {
  const client = { '@odata.type': '#microsoft.graph.callRecords.participantEndpoint' }
  const service = { '@odata.type': '#microsoft.graph.callRecords.serviceEndpoint' }
  // Poor by frame loss if read as inbound, good by frame rate if read as outbound.
  const stream = { streamId: 's', averageVideoFrameLossPercentage: 80, averageVideoFrameRate: 15 }
  const quality = (segment: QualitySegment) =>
    callQuality({ sessions: [{ segments: [{ ...segment, media: [{ label: 'applicationsharing-video', streams: segment.media![0]!.streams }] }] }] }).streams[0]!
      .quality

  it('toward a client is inbound: frame loss decides', () => {
    expect(quality({ caller: service, callee: client, media: [{ streams: [{ ...stream, streamDirection: 'callerToCallee' }] }] })).toBe('poor')
  })

  it('toward a service is outbound: frame rate decides', () => {
    expect(quality({ caller: service, callee: client, media: [{ streams: [{ ...stream, streamDirection: 'calleeToCaller' }] }] })).toBe('good')
  })

  it('a client user agent says client too', () => {
    const agent = { userAgent: { '@odata.type': '#microsoft.graph.callRecords.clientUserAgent' } }
    expect(quality({ caller: service, callee: agent, media: [{ streams: [{ ...stream, streamDirection: 'callerToCallee' }] }] })).toBe('poor')
  })
})

it('a stream of no known kind is counted for the call as unclassified', () => {
  const quality = callQuality({ sessions: [{ modalities: ['data'], segments: [{ media: [{ label: 'data', streams: [{ streamId: 'x' }] }] }] }] })
  expect(quality.streams[0]).toMatchObject({ kind: null, quality: 'unclassified' })
  expect(quality.call).toEqual({ good: 0, poor: 0, unclassified: 1, poorRate: null })
})
