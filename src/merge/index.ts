export { type MergeOptions } from './mergeCallRecords.js'
export { type LatestOptions } from './latestCallRecords.js'
export { type CallRecordMerger, type CallRecordMergerResult } from './callRecordMerger.js'
export { CallRecordsMergeError } from './mergeError.js'
