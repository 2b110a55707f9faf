import { findAddresses } from '../../rules/privacy-leak/address.js'
import { findEmails } from '../../rules/privacy-leak/email.js'
import { findNumbers, HONG_KONG, MAINLAND, TAIWAN } from '../../rules/privacy-leak/numbers.js'
import { normalize } from '../normalize/normalize.js'
import type { CliMessage, RecordInfo } from './types.js'

/**
 * --redact: phone numbers, ID and card numbers, e-mail addresses and postal addresses in the
 * text a report shows (replies, the customer's turn, quoted words and messages) become `*`, one
 * for each character, so every position in the report still points at the same place. Found by
 * the privacy-leak rule's own scanners, labelled or not: a report should over-mask.
 */
export function redactText(text: string): string {
  if (!/\d|@/.test(text)) return text
  const norm = normalize(text).text
  const spans: Array<[number, number]> = []
  for (const h of findNumbers(norm, [MAINLAND, TAIWAN, HONG_KONG])) spans.push([h.start, h.end])
  for (const h of findEmails(norm)) spans.push([h.start, h.end])
  for (const h of findAddresses(norm)) spans.push([h.start, h.end])
  if (spans.length === 0) return text
  const chars = text.split('')
  for (const [from, to] of spans) for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = '*'
  return chars.join('')
}

/** Redacts findings in place; each record once (a reply's findings share it). */
export function redactFindings(messages: readonly CliMessage[]): void {
  let last: RecordInfo | undefined
  for (const m of messages) {
    m.message = redactText(m.message)
    m.actual = redactText(m.actual)
    if (m.expected.length) m.expected = m.expected.map(redactText)
    const r = m.record
    if (r === last) continue
    last = r
    if (r.text !== undefined) r.text = redactText(r.text)
    if (r.previous !== undefined) r.previous = redactText(r.previous)
    if (r.speaker !== undefined) r.speaker = redactText(r.speaker)
  }
}
