import { isLatinAlnum } from '../../src/match/automaton.js'
import type { NumberHit } from './numbers.js'

/**
 * E-mail addresses (a buyer's kefu_mei@163.com): visited only at @, so replies without one
 * cost a single indexOf. Reported like numbers, masked to the first character and the domain.
 */
const isLocal = (c: number) => isLatinAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b
const isDomain = (c: number) => isLatinAlnum(c) || c === 0x2d || c === 0x2e

export function findEmails(text: string): NumberHit[] {
  const out: NumberHit[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && isLocal(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && isDomain(text.charCodeAt(end))) end++
    while (end > at + 1 && text[end - 1] === '.') end--
    const domain = text.slice(at + 1, end)
    // A real domain has a dot and letters after the last one (163.com, qq.com), not @小美.
    if (start === at || !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain)) continue
    const positions: number[] = []
    for (let i = start; i < at; i++) positions.push(i)
    // Keep the first character of the name and the whole domain: k***@163.com.
    out.push({ kind: 'email', start, end, digits: text.slice(start, end), at: positions, mask: { hide: positions.length - 1, tail: 0 } })
    at = end - 1
  }
  return out
}
