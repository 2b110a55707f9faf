/**
 * Word-segmented Chinese (亲 ， 您好 ， 这款 是 全网 最 好 的): research corpora and NLP pipelines ship chat logs with a
 * space between every word (the E-commerce Dialogue Corpus, JDDC as CSDS and others publish it, a tokenizer's output
 * exported to a QA tool). Lexicons, constructions and the rules' context readers are written as Chinese is typed, with
 * no space inside a clause; and a space typed between Chinese words is read as a clause break. So a segmented reply
 * would lose most findings (measured on the written dev sets, 2,208 replies cut by Intl.Segmenter: 772 rule findings
 * lost, 169 gained). Such a reply is linted with the word breaks taken out, and every offset mapped back to the reply
 * as given.
 *
 * Clause spacing as agents type it (您好 這款是全台銷量第一 保證穿不壞) puts a space every five or more characters;
 * segmentation puts one every one or two. A reply counts as segmented when it has at least MIN_GAPS spaces between
 * Chinese characters and no more than HAN_PER_GAP Chinese characters per such space.
 */

import { isLatinAlnum } from '../match/automaton.js'
import { isHan } from '../vocab/chars.js'

const MIN_GAPS = 3
/** Chinese characters per space between Chinese characters, at most (segmenters give 1.3–1.8 on chat; typed clause spacing 4+). */
const HAN_PER_GAP = 2.5

/** Han ideographs (the shared test) and CJK or full-width punctuation. */
function isChinese(c: number): boolean {
  return isHan(c) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60)
}
/** A word break: the ASCII space, the ideographic space, a no-break space (never a line break). */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0
}

export interface Unsegmented {
  /** The reply with its word breaks taken out. */
  text: string
  /** For each code unit of `text`, its offset in the reply as given; one more entry: the reply's length. */
  map: Int32Array
}

/**
 * Whether `text` reads as word-segmented (see above). `minGaps` is lowered to 1 for a short reply whose context is
 * segmented (会 的 亲 after 这个 会 掉色 吗): the corpus, not the reply, shows its form.
 */
export function isSegmented(text: string, minGaps = MIN_GAPS): boolean {
  if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('\u00a0') < 0) return false
  let han = 0
  let gaps = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (isHan(c)) {
      han++
      continue
    }
    if (!isGap(c) || i === 0 || !isChinese(text.charCodeAt(i - 1))) continue
    let j = i + 1
    while (j < n && isGap(text.charCodeAt(j))) j++
    if (j < n && isChinese(text.charCodeAt(j))) gaps++
    i = j - 1
  }
  return gaps >= minGaps && han <= HAN_PER_GAP * gaps + HAN_PER_GAP
}

/**
 * The reply without its word breaks (好评 返现 5 元 → 好评返现5元, 139 * * * * 5678 → 139****5678), and the map back;
 * undefined when the reply is not segmented. Breaks between Latin words or numbers stay (iPhone 12 Pro, 138 1234 5678).
 */
export function unsegment(text: string, minGaps = MIN_GAPS): Unsegmented | undefined {
  if (!isSegmented(text, minGaps)) return undefined
  const n = text.length
  const map = new Int32Array(n + 1)
  let out = ''
  let kept = 0
  let from = 0
  for (let i = 0; i < n; i++) {
    if (!isGap(text.charCodeAt(i)) || i === 0) continue
    let j = i + 1
    while (j < n && isGap(text.charCodeAt(j))) j++
    const before = text.charCodeAt(i - 1)
    const after = j < n ? text.charCodeAt(j) : -1
    if (after >= 0 && !isGap(before) && !(isLatinAlnum(before) && isLatinAlnum(after)) && before !== 10 && before !== 13 && after !== 10 && after !== 13) {
      out += text.slice(from, i)
      for (let k = from; k < i; k++) map[kept++] = k
      from = j
    }
    i = j - 1
  }
  out += text.slice(from)
  for (let k = from; k < n; k++) map[kept++] = k
  map[kept] = n
  return { text: out, map: map.subarray(0, kept + 1) }
}

/** An offset of the unsegmented text as an offset of the reply: a start maps to its character, an end past the last. */
export function mapStart(u: Unsegmented, at: number): number {
  return u.map[at]!
}
export function mapEnd(u: Unsegmented, at: number): number {
  return at === 0 ? u.map[0]! : u.map[at - 1]! + 1
}

/**
 * A context text (the customer's message, the agent's earlier ones) without its word breaks: with one break already
 * when the reply is segmented, with two when only the context shows it (这个 会 掉色 吗 before 不会).
 */
export function unsegmentedContext(text: string | undefined, replySegmented: boolean): string | undefined {
  return text === undefined ? undefined : (unsegment(text, replySegmented ? 1 : 2)?.text ?? text)
}

/** Whether the reply's context is itself segmented (then a short reply with one word break is too). */
export function segmentedContext(...texts: (string | undefined)[]): boolean {
  return texts.some((t) => t !== undefined && isSegmented(t))
}
