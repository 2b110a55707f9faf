/**
 * The browser build's rule data (scripts/browser-bundle.ts packs every YAML file): each list of
 * two or more words is stored as one string joined by `separator`, a character that occurs in
 * none of the file's strings, inside a one-element array. Gzip then sees the words side by side
 * instead of between quotes and commas. This turns such arrays back into lists, in place, once
 * when the bundle loads, so the rules receive exactly the data the YAML holds.
 */
export function unpackData<T>(data: T, separator: string): T {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        if (value.length === 1 && typeof item === 'string' && item.includes(separator)) value.splice(0, 1, ...item.split(separator))
        else visit(item)
      }
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v)
  }
  visit(data)
  return data
}
