/**
 * IP addresses as the redactor reads them: recognized (so that a token or a mask keeps the shape of an
 * address) and cut to their network (`truncate`). Only what Graph writes: dotted IPv4, and IPv6 with
 * `::` compression (an embedded IPv4 tail or a zone index is not recognized, and is masked instead).
 */
import { isIPv4, isIPv6 } from 'node:net'

export { isIPv4, isIPv6 }

/** The 16 bytes of an IPv6 address that {@link isIPv6} accepts and that has no dotted tail or zone. */
const ipv6Bytes = (text: string): Uint8Array | undefined => {
  if (!isIPv6(text) || text.includes('.') || text.includes('%')) return undefined
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const groups = (part: string | undefined) => (part ? part.split(':') : [])
  const left = groups(head)
  const right = groups(tail)
  const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  const bytes = new Uint8Array(16)
  all.forEach((g, i) => {
    const n = Number.parseInt(g, 16)
    bytes[i * 2] = n >> 8
    bytes[i * 2 + 1] = n & 0xff
  })
  return bytes
}

/** Writes 16 bytes as an IPv6 address: eight groups of hexadecimal, no compression. */
export const formatIPv6 = (bytes: Uint8Array): string => Array.from({ length: 8 }, (_, i) => ((bytes[i * 2]! << 8) | bytes[i * 2 + 1]!).toString(16)).join(':')

/** Writes 4 bytes as a dotted IPv4 address. */
export const formatIPv4 = (bytes: Uint8Array): string => Array.from(bytes.subarray(0, 4)).join('.')

const keepPrefix = (bytes: Uint8Array, bits: number): Uint8Array =>
  bytes.map((b, i) => {
    const kept = Math.max(0, Math.min(8, bits - i * 8))
    return b & ((0xff << (8 - kept)) & 0xff)
  })

/** The network of an IP address, its host bits zeroed (`10.1.2.3` /24 → `10.1.2.0`), or undefined for anything else. */
export const truncateIp = (text: string, ipv4Prefix: number, ipv6Prefix: number): string | undefined => {
  if (isIPv4(text)) return formatIPv4(keepPrefix(Uint8Array.from(text.split('.').map(Number)), ipv4Prefix))
  const v6 = ipv6Bytes(text)
  return v6 ? formatIPv6(keepPrefix(v6, ipv6Prefix)) : undefined
}
