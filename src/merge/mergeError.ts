/**
 * The error the merge functions throw when records cannot be merged: different ids, no id, or (in
 * strict mode) no `version`.
 * @public
 */
export class CallRecordsMergeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CallRecordsMergeError'
  }
}
