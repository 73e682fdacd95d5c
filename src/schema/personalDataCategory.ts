/**
 * The categories of personal data that the schemas mark with `x-personal-data`, in one list that the
 * generator, the redactor and the docs read. It imports nothing, so the schema entry points may export it.
 */

/**
 * The categories of personal data: `identifier` (user ids, UPNs), `name` (display names), `contact`
 * (phone numbers, e-mail addresses), `network` (IP, MAC, subnet, BSSID, DNS suffix), `device` (device
 * names, user agents), `freeText` (what a person wrote).
 * @public
 */
export const PersonalDataCategories = ['identifier', 'name', 'contact', 'network', 'device', 'freeText'] as const

/** {@inheritDoc (PersonalDataCategories:variable)} @public */
export type PersonalDataCategory = (typeof PersonalDataCategories)[number]
