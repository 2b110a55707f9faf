import { T2S_FROM, T2S_TO } from './t2s-data.js'

/**
 * One code unit in, one code unit out: the normalised view has exactly the length of the
 * original text, so a match at [start, end) in the view is the span [start, end) in the
 * original. That is what keeps every reported offset honest without an offset map.
 *
 * Characters that should be invisible to matching (zero-width joiners, variation
 * selectors, soft hyphens) map to IGNORABLE; the matcher steps over them.
 */
export const IGNORABLE = 0

const table = buildTable()

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) t[c] = c
  // NUL in the input must not be confused with IGNORABLE.
  t[0] = 0x20
  // Full-width ASCII (！ to ～) → ASCII, ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0
  t[0x3000] = 0x20
  // Fold ASCII case after width, so ＹＹＤＳ, YYDS and yyds are one.
  for (let c = 0; c < 0x10000; c++) {
    const v = t[c]!
    if (v >= 0x41 && v <= 0x5a) t[c] = v + 0x20
  }
  // Traditional → Simplified, per character.
  for (let i = 0; i < T2S_FROM.length; i++) t[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i)
  // Cantonese function words that are Cantonese only, one character for one: 嘅 的, 咗 了, 佢 他,
  // 哋 们. Hong Kong replies then read as Mandarin to every rule's character checks (寄咗 closes
  // with 了, 佢哋 are 他们) and no offset moves. Left out on purpose: 唔 (also the Mandarin
  // interjection 唔; 唔該 is thanks, 唔好 is 不要 not 不好), 係 (already 系 after t2s, where
  // 关系/系统 share it) and 冇 (lexicons list 冇问 beside a bare 没, and 没问 would match inside
  // 没问题): the negation reading takes 唔 and 冇 as negators instead (context/negation.ts).
  for (const [from, to] of ['嘅的', '咗了', '佢他', '哋们']) t[from!.charCodeAt(0)] = to!.charCodeAt(0)
  // Compatibility forms often typed in chats.
  t[0xff05] = 0x25 // ％ (already covered above, kept explicit for readers)
  t[0x2018] = 0x27
  t[0x2019] = 0x27
  // Circled and dingbat digits (①③⑧, ⓪, ❶, ➀, ➊): agents write phone and QQ numbers with them
  // to slip past number filters, and they read as the digit. ⑩ and up have no one-unit digit.
  for (const from of [0x2460, 0x2776, 0x2780, 0x278a]) for (let d = 0; d < 9; d++) t[from + d] = 0x31 + d
  t[0x24ea] = 0x30 // ⓪
  t[0x24ff] = 0x30 // ⓿
  // The enclosing keycap of 1️⃣ is invisible, as its variation selector already is: 1️⃣ reads 1.
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xfe0e, 0xfe0f, 0x180e, 0x20e3]) t[c] = IGNORABLE
  return t
}

/**
 * Mathematical alphanumerics (U+1D400–U+1D7FF: 𝐀 𝒂 𝟏 𝟙 …) are how chats style digits and letters to
 * slip a phone or WeChat id past filters. They are two code units, so the one-unit table cannot
 * fold them; normalize() folds the pair: its high unit U+D835 is ignorable, the low one becomes
 * the ASCII digit or lower-case letter, and the view keeps its length.
 */
const MATH_HIGH = 0xd835

function mathAlphanumeric(low: number): number {
  // Letters: U+1D400–U+1D6A3, thirteen styles of A–Z a–z (52 each); digits: U+1D7CE–U+1D7FF,
  // five styles of 0–9. The Greek styles between them are left as they are.
  if (low >= 0xdc00 && low <= 0xdea3) return 0x61 + ((low - 0xdc00) % 52) % 26
  if (low >= 0xdfce && low <= 0xdfff) return 0x30 + ((low - 0xdfce) % 10)
  return 0
}

/** The normalised form of one UTF-16 code unit. */
export function normalizeCode(code: number): number {
  return table[code]!
}

export interface NormalizedText {
  /** Normalised code units, same length as the original. */
  codes: Uint16Array
  /** The same view as a string (IGNORABLE shows as U+0000), for context look-ups. */
  text: string
  /** Whether any code unit is IGNORABLE: matches must then re-measure their start. */
  hasIgnorable: boolean
}

/**
 * A linter's scratch buffer, and views of its first n units for short n: a view is an object
 * of its own, and most replies are of a few lengths, so each is made once, not once per reply.
 */
export interface Scratch {
  buffer: Uint16Array
  views?: (Uint16Array | undefined)[]
}
const VIEWED = 256

export function normalize(input: string, scratch?: Scratch): NormalizedText {
  const n = input.length
  // A linter passes its scratch buffer: one reply at a time, no new array per keystroke.
  let codes: Uint16Array
  if (scratch) {
    if (scratch.buffer.length < n) {
      scratch.buffer = new Uint16Array(Math.max(n, scratch.buffer.length * 2))
      scratch.views = undefined
    }
    if (n <= VIEWED) codes = (scratch.views ??= new Array<Uint16Array | undefined>(VIEWED + 1))[n] ??= scratch.buffer.subarray(0, n)
    else codes = scratch.buffer.subarray(0, n)
  } else codes = new Uint16Array(n)
  let hasIgnorable = false
  // Whether a surrogate stands alone (not high then low, as an emoji's two units): the decoder
  // below would replace it, so such text takes fromCharCode.
  let lone = false
  for (let i = 0; i < n; i++) {
    const v = table[input.charCodeAt(i)]!
    codes[i] = v
    // Surrogates only (one test for every other unit): a styled pair is folded, others are checked for standing alone.
    if ((v & 0xf800) === 0xd800) {
      const styled = v === MATH_HIGH && i + 1 < n ? mathAlphanumeric(input.charCodeAt(i + 1)) : 0
      if (styled !== 0) {
        // 𝟏𝟑𝟗 / 𝐯𝐱: one unit of the pair is ignorable, the other is the plain digit or letter.
        codes[i] = IGNORABLE
        codes[++i] = styled
        hasIgnorable = true
        continue
      }
      if (!lone) {
        if (v < 0xdc00) lone = i + 1 >= n || (table[input.charCodeAt(i + 1)]! & 0xfc00) !== 0xdc00
        else lone = i === 0 || (codes[i - 1]! & 0xfc00) !== 0xd800
      }
    }
    if (v === IGNORABLE) hasIgnorable = true
  }
  return { codes, text: n >= DECODED && !lone ? decoded(codes) : codesToString(codes), hasIgnorable }
}

/**
 * Past a few characters a UTF-16 decoder makes the string faster than String.fromCharCode over
 * the typed array (which first copies every unit into an argument list): ×1.2 at 20 units, ×3–4
 * at 300. It is used only on text whose surrogates all stand in pairs, where it is the same string
 * unit for unit (the decoder would turn a lone surrogate into U+FFFD; its BOM handling is switched
 * off, and U+FEFF is IGNORABLE here anyway). Without a TextDecoder, or on a big-endian platform,
 * fromCharCode does it all.
 */
const DECODED = 16
let decoder: { decode(input: Uint16Array): string } | null | undefined

function decoded(codes: Uint16Array): string {
  if (decoder === undefined) {
    const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { ignoreBOM: boolean }) => { decode(input: Uint16Array): string } }).TextDecoder
    // UTF-16LE reads the array's bytes: only where the platform stores code units little-endian.
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    try {
      decoder = Decoder && littleEndian ? new Decoder('utf-16le', { ignoreBOM: true }) : null
    } catch {
      decoder = null
    }
  }
  return decoder === null ? codesToString(codes) : decoder.decode(codes)
}

/** Normalises a lexicon phrase: same table, ignorable characters dropped. */
export function normalizePhrase(phrase: string): string {
  // A phrase that is already normal (nearly every lexicon phrase) is returned as it is: one string
  // then serves the lexicon, the compiled entry and the automaton. Building a copy (character by
  // character, a chain of cons strings) held each expanded phrase in memory three times.
  let i = 0
  for (; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i)
    if (table[c] !== c || c === IGNORABLE) break
  }
  if (i === phrase.length) return phrase
  const codes: number[] = []
  for (let j = 0; j < phrase.length; j++) {
    const v = table[phrase.charCodeAt(j)]!
    if (v !== IGNORABLE) codes.push(v)
  }
  return codesToString(Uint16Array.from(codes))
}

const CHUNK = 8192
function codesToString(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[])
  let s = ''
  for (let i = 0; i < codes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[])
  }
  return s
}
