/**
 * What kind of stream a media line carries, from the record's own data. Teams and Skype name media
 * lines `main-audio`, `main-video`, `applicationsharing-video` (video-based screen sharing); when a
 * media line has no label, a session with exactly one media modality says it instead.
 */
import type { StreamKind } from './classifyStream.js'

const kinds: readonly StreamKind[] = ['audio', 'video', 'videoBasedScreenSharing']

/**
 * The kind of the streams of a media line: by its label first (`…audio…` is audio, a label naming
 * application or screen sharing with `video` is video-based screen sharing, any other `…video…` is
 * video, case ignored), then, when there is no label, by the session's modalities when exactly one of `audio`, `video`,
 * `videoBasedScreenSharing` is present; otherwise `null` (data, RDP screen sharing, unknown).
 * @example `streamKind('applicationsharing-video', ['audio', 'videoBasedScreenSharing'])` is `'videoBasedScreenSharing'`.
 * @public
 */
export function streamKind(label: string | null | undefined, modalities?: readonly string[] | null): StreamKind | null {
  if (typeof label === 'string' && label !== '') {
    const name = label.toLowerCase()
    if (name.includes('audio')) return 'audio'
    if (name.includes('video')) {
      return name.includes('applicationsharing') || name.includes('screensharing') ? 'videoBasedScreenSharing' : 'video'
    }
    // A label that names something else (`data`, `applicationsharing`) is not overridden by the modalities.
    return null
  }
  const present = kinds.filter((kind) => modalities?.includes(kind) === true)
  return present.length === 1 ? present[0]! : null
}
