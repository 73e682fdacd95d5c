/**
 * What a redaction does to each category of personal data, checked once when a redactor is made, so
 * that a wrong option is a programmer's error thrown where it is made, never in the middle of a stream.
 */
import { PersonalDataCategories, type PersonalDataCategory } from '../schema/personalDataCategory.js'

/**
 * What happens to a personal value: `keep` it, `drop` the property, `mask` it with a fixed placeholder
 * of the same shape, `pseudonymize` it (HMAC-SHA-256 with the key: the same value gives the same token
 * everywhere), or `truncate` an IP address to its network (other values of the category are masked).
 * @public
 */
export type RedactMode = 'keep' | 'drop' | 'mask' | 'pseudonymize' | 'truncate'

/** The modes, in one list. @public */
export const RedactModes: readonly RedactMode[] = ['keep', 'drop', 'mask', 'pseudonymize', 'truncate']

/** Options of a redaction. @public */
export interface RedactOptions {
  /** The mode of every category that `categories` does not name. */
  readonly mode: RedactMode
  /** The secret key of `pseudonymize`: at least 16 bytes (a string is read as UTF-8). Never written anywhere. */
  readonly key?: string | Uint8Array
  /** A mode per category, overriding `mode` (`{ network: 'truncate', device: 'keep' }`). */
  readonly categories?: Partial<Readonly<Record<PersonalDataCategory, RedactMode>>>
  /** The prefix length `truncate` keeps of an IPv4 address (default 24). */
  readonly ipv4Prefix?: number
  /** The prefix length `truncate` keeps of an IPv6 address (default 48). */
  readonly ipv6Prefix?: number
}

/** The options checked, with a mode for every category and the key as bytes. */
export interface ResolvedOptions {
  readonly modes: Readonly<Record<PersonalDataCategory, RedactMode>>
  readonly key: Uint8Array | undefined
  readonly ipv4Prefix: number
  readonly ipv6Prefix: number
}

/** The shortest key `pseudonymize` accepts: 128 bits, so that the tokens cannot be reversed by guessing the key. */
export const MIN_KEY_BYTES = 16

const checkMode = (mode: unknown, where: string): RedactMode => {
  if (typeof mode === 'string' && (RedactModes as readonly string[]).includes(mode)) return mode as RedactMode
  throw new TypeError(`${where}: unknown redaction mode ${JSON.stringify(mode)}; expected one of ${RedactModes.join(', ')}`)
}

const checkPrefix = (value: number | undefined, fallback: number, max: number, name: string): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be an integer from 0 to ${max}, received ${String(value)}`)
  return value
}

/** Checks `options`; the error never quotes the key. */
export const resolveOptions = (options: RedactOptions): ResolvedOptions => {
  if (typeof options !== 'object' || options === null) throw new TypeError('redaction options are required: { mode, key?, categories? }')
  const mode = checkMode(options.mode, 'mode')
  const categories = options.categories ?? {}
  for (const name of Object.keys(categories)) {
    if (!(PersonalDataCategories as readonly string[]).includes(name)) {
      throw new TypeError(`categories: unknown category ${JSON.stringify(name)}; expected one of ${PersonalDataCategories.join(', ')}`)
    }
  }
  const modes = Object.fromEntries(
    PersonalDataCategories.map((c) => [c, categories[c] === undefined ? mode : checkMode(categories[c], `categories.${c}`)]),
  ) as Record<PersonalDataCategory, RedactMode>
  const key = options.key === undefined ? undefined : typeof options.key === 'string' ? new TextEncoder().encode(options.key) : options.key
  if (key !== undefined && !(key instanceof Uint8Array)) throw new TypeError('key must be a string or a Uint8Array')
  if (Object.values(modes).includes('pseudonymize')) {
    if (key === undefined) throw new TypeError('pseudonymize needs a secret key (options.key)')
    if (key.length < MIN_KEY_BYTES) throw new RangeError(`the key must be at least ${MIN_KEY_BYTES} bytes long, received ${key.length} bytes`)
  }
  return {
    modes,
    key,
    ipv4Prefix: checkPrefix(options.ipv4Prefix, 24, 32, 'ipv4Prefix'),
    ipv6Prefix: checkPrefix(options.ipv6Prefix, 48, 128, 'ipv6Prefix'),
  }
}
