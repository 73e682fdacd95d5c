/**
 * Pseudonyms and masks that keep the shape of the value they replace, so that a GUID stays a GUID and
 * an IP address stays an IP address for whatever reads the output: a token is HMAC-SHA-256 of the value
 * with the secret key, the same for the same value in any property, record or run (joins and counts
 * still work); a mask is one fixed placeholder per shape.
 */
import { createHmac } from 'node:crypto'
import { formatIPv4, formatIPv6, isIPv4, isIPv6 } from './ipAddress.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The shapes a replacement keeps. */
type Shape = 'guid' | 'ipv4' | 'ipv6' | 'text'

const shapeOf = (value: string): Shape => (GUID.test(value) ? 'guid' : isIPv4(value) ? 'ipv4' : isIPv6(value) ? 'ipv6' : 'text')

/** The fixed placeholder of `mask`, by shape. */
const MASKS: Record<Shape, string> = {
  guid: '00000000-0000-0000-0000-000000000000',
  ipv4: '0.0.0.0',
  ipv6: '::',
  text: 'redacted',
}

/** The placeholder that replaces `value` in `mask` mode. */
export const maskOf = (value: string): string => MASKS[shapeOf(value)]

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

/** 16 bytes as a GUID, version 4 and RFC 4122 variant bits set, so that a strict GUID check accepts it. */
const guidOf = (bytes: Uint8Array): string => {
  const b = Uint8Array.from(bytes.subarray(0, 16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = hex(b)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

/**
 * The token of `value` under `key`. GUIDs are compared without case (Graph writes them in either), so
 * the same user gets one token; any other value is taken exactly as written.
 */
export const pseudonymOf = (value: string, key: Uint8Array): string => {
  const shape = shapeOf(value)
  const digest = new Uint8Array(
    createHmac('sha256', key)
      .update(shape === 'guid' ? value.toLowerCase() : value, 'utf8')
      .digest(),
  )
  switch (shape) {
    case 'guid':
      return guidOf(digest)
    case 'ipv4':
      return formatIPv4(digest)
    case 'ipv6':
      return formatIPv6(digest)
    default:
      // 144 bits: collisions are out of reach for any number of people.
      return `pseudo-${Buffer.from(digest.subarray(0, 18)).toString('base64url')}`
  }
}
