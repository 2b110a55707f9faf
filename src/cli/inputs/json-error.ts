/**
 * What JSON.parse complained about, and where. V8 says `at position N`, or for an unexpected
 * token quotes up to 10 characters either side (`..."snippet"...` when cut), which is found
 * again in the text.
 */
export function jsonError(text: string, error: unknown): { reason: string; offset: number | undefined } {
  const message = (error as Error).message
  const snippet = /^(Unexpected token '(.+?)'), (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message)
  if (snippet) {
    const at = text.indexOf(snippet[4]!)
    const offset = at === -1 ? undefined : snippet[3] ? at + 10 : at + Math.max(0, snippet[4]!.indexOf(snippet[2]!))
    return { reason: snippet[1]!, offset }
  }
  const pos = /^(.*?) in JSON at position (\d+)/.exec(message)
  if (pos) return { reason: pos[1]!, offset: Number(pos[2]) }
  if (/Unexpected end of JSON input/.test(message)) return { reason: 'unexpected end of input', offset: text.length }
  return { reason: message, offset: undefined }
}
