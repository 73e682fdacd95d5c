/**
 * Personal data on the way out: the redactor for any schema of the package, its options, and the
 * keyword and categories it reads. The typed functions per version are in ./v1.0.ts and ./beta.ts.
 */
export { PERSONAL_DATA } from '../schema/keywords.js'
export { PersonalDataCategories, type PersonalDataCategory } from '../schema/personalDataCategory.js'
export { RedactModes, type RedactMode, type RedactOptions } from './options.js'
export { createRedactor, redact } from './redact.js'
