/**
 * The browser build's rule data (scripts/browser-bundle.ts packs every YAML file), shipped as
 * JSON text in which:
 *  - each list of two or more words is one string joined by `separator`, a character that
 *    occurs in none of the data's strings, inside a one-element array: gzip then sees the words
 *    side by side instead of between quotes and commas;
 *  - the most frequent three-byte characters (CJK, full-width punctuation) are written as free
 *    two-byte ones (U+0080–U+07FF), which gzip stores in fewer bits. `steps` gives the table
 *    back: code 0x80 + i stands for its i-th character, each given as the step from the one
 *    before; a code the data itself holds stands for itself.
 * This turns it back, once when the bundle loads — one pass over the text, JSON.parse, then
 * the joined lists split — so the rules receive exactly the data the YAML holds.
 */
export function unpackData<T>(json: string, separator: string, steps: readonly number[] = []): T {
  let table = ''
  let c = 0
  for (const step of steps) table += String.fromCharCode((c += step))
  const data: unknown = JSON.parse(table ? json.replace(/[\x80-\u07ff]/g, (ch) => table[ch.charCodeAt(0) - 0x80] ?? ch) : json)
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      if (value.length === 1 && typeof value[0] === 'string' && value[0].includes(separator)) value.splice(0, 1, ...value[0].split(separator))
      else value.forEach(visit)
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(data)
  return data as T
}
