/**
 * Untrusted text (node names, paths, values from a model or a pull request) on its way to a
 * terminal: control characters, ANSI escapes and bidirectional overrides are replaced, so a name
 * can neither drive the terminal nor disguise what is printed around it.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Replaces every unsafe character by '?'; newlines and tabs are kept when `multiline`. */
export function clean(s: string, multiline = false): string {
  const text = s.replace(UNSAFE, '?');
  return multiline ? text : text.replace(/[\n\t]/g, ' ');
}
