/**
 * A pure reading of a text kept by that text: replies and customer turns repeat (the same template
 * segment 好的 / 请问还有其他可以帮到您的吗 in thousands of replies, the same customer message before
 * every agent reply that answers it), and the readings behind these (anchored template expressions
 * tried one kind after another) cost far more than a map look-up. `read` must depend on the text
 * alone and its result must not be changed by callers. The map is emptied when it reaches `max`
 * entries, so memory stays bounded on a stream of distinct texts without the book-keeping of an LRU.
 */
export function memoByText<V>(read: (text: string) => V, max: number): (text: string) => V {
  const known = new Map<string, V | typeof NONE>()
  return (text) => {
    const seen = known.get(text)
    if (seen !== undefined) return seen === NONE ? (undefined as V) : seen
    const value = read(text)
    if (known.size >= max) known.clear()
    known.set(text, value === undefined ? NONE : value)
    return value
  }
}
/** Stands for a reading of undefined, so one look-up tells a known undefined from an unknown text. */
const NONE: unique symbol = Symbol('none')

/**
 * The reading of the last text asked about, kept until another text is asked: for a whole-reply reading that the
 * per-finding checks of one lint ask again and again (read once per reply, not once per finding — on a long reply of
 * many findings the re-reading was quadratic). Holds one text and its reading between lints. `read` must depend on
 * the text alone.
 */
export function lastByText<V>(read: (text: string) => V): (text: string) => V {
  let lastText: string | undefined
  let last: V
  return (text) => {
    if (text !== lastText) {
      last = read(text)
      lastText = text
    }
    return last
  }
}
