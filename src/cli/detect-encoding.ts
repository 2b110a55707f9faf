import chardet from 'chardet'
import iconv from 'iconv-lite'

/**
 * How a file's encoding is decided, from its first bytes (64 KB):
 *
 * 1. a BOM (UTF-8, UTF-16LE/BE);
 * 2. UTF-16 without a BOM, told by its zero bytes: the ASCII characters (digits, commas, line
 *    breaks) of a UTF-16 file leave a zero in every other byte, on one side only, and the text
 *    must then decode into characters a shop writes;
 * 3. a file with NUL bytes (or mostly control bytes) that is not UTF-16 is binary: refused;
 * 4. valid UTF-8 (a few broken lines allowed);
 * 5. a strict GB18030 decode whose double-byte characters are mostly in the GB2312 zones (the
 *    characters simplified-Chinese text is written with): GBK files, however short or ASCII;
 * 6. chardet's statistical guess, only when it is confident; otherwise the file is refused
 *    with a message naming the best guess, never read as mojibake that lints clean.
 */

export interface Encoding {
  /** iconv-lite / WHATWG name: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', … */
  name: string
  /** Length in bytes of the byte-order mark at the start of the file (0 when none). */
  bom: number
}

/** An encoding, or why the file is not read as text. */
export type Detection = Encoding | { refused: string }

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** Names users type, mapped to what the decoders call them. */
const ALIASES: Record<string, string> = { utf8: 'utf-8', gbk: 'gbk', gb2312: 'gbk', cp936: 'gbk', utf16le: 'utf-16le', utf16be: 'utf-16be', 'utf-16': 'utf-16le' }

export function canonicalEncoding(name: string): string | undefined {
  const lower = name.trim().toLowerCase()
  const alias = ALIASES[lower.replace(/[-_]/g, '')] ?? ALIASES[lower] ?? lower
  if (alias === 'utf-8' || alias === 'utf-16le' || alias === 'utf-16be') return alias
  return iconv.encodingExists(alias) ? alias : undefined
}

/** chardet's confidence (0–100) below which a guess is not trusted. */
const CONFIDENT = 50
/** Share of GB18030 double-byte characters that must lie in the GB2312 zones. */
const GB2312_SHARE = 0.9

/** `forced` (--encoding) skips detection, but a matching BOM is still skipped. */
export function detectEncoding(head: Uint8Array, forced?: string): Detection {
  for (const [bytes, name] of BOMS) {
    if (bytes.every((b, i) => head[i] === b) && (!forced || forced === name)) return { name, bom: bytes.length }
  }
  if (forced) return { name: forced, bom: 0 }
  const utf16 = utf16WithoutBom(head)
  if (utf16) return { name: utf16, bom: 0 }
  if (looksBinary(head)) return { refused: 'binary file, not text (NUL or control bytes); not linted' }
  if (mostlyValid(head, 'utf-8')) return { name: 'utf-8', bom: 0 }
  if (mostlyValid(head, 'gb18030') && gb2312Share(head) >= GB2312_SHARE) return { name: 'gb18030', bom: 0 }
  const [guess] = chardet.analyse(head)
  const name = guess ? canonicalEncoding(guess.name) : undefined
  if (guess && name && name !== 'utf-8' && guess.confidence >= CONFIDENT) return { name, bom: 0 }
  const best = guess ? `; best guess ${guess.name} at ${guess.confidence}% confidence` : ''
  return { refused: `cannot tell the file's encoding (not UTF-8, UTF-16 or GB18030${best}); name it with --encoding` }
}

/** Characters a shop's UTF-16 text is made of: ASCII, Latin, CJK and its punctuation, emoji halves. */
function plausibleUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u < 0x7f) ||
    (u >= 0xa0 && u < 0x250) ||
    (u >= 0x2000 && u < 0x2070) ||
    (u >= 0x3000 && u < 0x3100) ||
    (u >= 0x3400 && u < 0x4dc0) ||
    (u >= 0x4e00 && u < 0xa000) ||
    (u >= 0xd800 && u < 0xe000) ||
    (u >= 0xff00 && u < 0xfff0)
  )
}

function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = head.length - (head.length % 2)
  if (n < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++
    if (head[i + 1] === 0) oddZeros++
  }
  // Zeros on one side only, at least one unit in 64 (a line break per line of 32 characters).
  const pairs = n / 2
  const name = oddZeros * 64 >= pairs && evenZeros * 100 <= oddZeros ? 'utf-16le' : evenZeros * 64 >= pairs && oddZeros * 100 <= evenZeros ? 'utf-16be' : undefined
  if (!name) return undefined
  let plausible = 0
  for (let i = 0; i < n; i += 2) {
    const u = name === 'utf-16le' ? head[i]! | (head[i + 1]! << 8) : (head[i]! << 8) | head[i + 1]!
    if (plausibleUnit(u)) plausible++
  }
  return plausible >= pairs * 0.95 ? name : undefined
}

/** NUL bytes, or more than one byte in ten a control character that text never holds. */
function looksBinary(head: Uint8Array): boolean {
  let controls = 0
  for (const b of head) {
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++
  }
  return controls * 10 > head.length
}

/**
 * Valid in `encoding` but for a few broken lines (a damaged line is reported, not a reason to
 * read the whole file as something else). Text in another encoding breaks on nearly every line
 * that has non-ASCII characters.
 */
function mostlyValid(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): boolean {
  let good = 0
  let bad = 0
  let start = 0
  const strict = new TextDecoder(encoding, { fatal: true })
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    const last = end === -1
    if (last) end = bytes.length
    const line = bytes.subarray(start, end)
    if (line.some((b) => b > 0x7f)) {
      try {
        // stream: the sample may cut the last line inside a character.
        strict.decode(line, { stream: last })
        good++
      } catch {
        bad++
      }
    }
    start = end + 1
  }
  return bad === 0 || bad < good
}

/**
 * Share of the double-byte characters (read as GB18030) in GB2312's symbol rows (lead A1–A9) and
 * hanzi rows (lead B0–F7), both with trail A1–FE. Big5 and Shift_JIS text often decodes as GBK
 * too, but half its trail bytes are below A1.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0
  let inZones = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    if (trail >= 0x30 && trail <= 0x39) {
      // A four-byte GB18030 sequence: outside GBK altogether.
      pairs++
      i += 4
      continue
    }
    pairs++
    if (trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7))) inZones++
    i += 2
  }
  return pairs === 0 ? 1 : inZones / pairs
}
