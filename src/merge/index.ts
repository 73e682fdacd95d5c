export { mergeCallRecords, type MergeOptions } from './mergeCallRecords.js'
export { latestCallRecords, type LatestOptions } from './latestCallRecords.js'
export { appendParticipantsPage, appendSessionsPage, type CollectionPage } from './appendPage.js'
export { CallRecordsMergeError } from './mergeError.js'
