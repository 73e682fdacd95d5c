export { mergeCallRecords, type MergeOptions } from './mergeCallRecords.js'
export { latestCallRecords } from './latestCallRecords.js'
export { appendParticipantsPage, appendSessionsPage } from './appendPage.js'
export { CallRecordsMergeError } from './mergeError.js'
