/**
 * The compiled-linter cache's interface and its binary format. Browser-safe: no Node built-ins;
 * kefu-lint/node supplies a file-backed store (src/compile-cache-file.ts), and anything else with
 * a synchronous get/set of bytes by key can be one.
 *
 * What is stored is what `compile` derives from the lexicons and is costly to redo (~0.5 s with
 * the built-in lexicons): the automaton's tables and the per-pattern payload tables, with
 * entries, cues and rules referred to by number. Entries, rule hooks and the scorer are still
 * made by the process that reads it; only the phrase puts, the automaton build and the table
 * pass are skipped.
 */

/** A synchronous store of bytes by key: what `createLinter(config, { compileCache })` takes. */
export interface CompileCache {
  /** The bytes last stored under `key`, or undefined. Errors are the store's to swallow. */
  get(key: string): Uint8Array | undefined
  /** Stores `bytes` under `key` (replacing what was there). Errors are the store's to swallow. */
  set(key: string, bytes: Uint8Array): void
  /** Told what came of a get: used, missing, or rejected (and why); for tracing only. */
  report?(key: string, outcome: 'hit' | 'miss' | 'rejected', reason?: string): void
}

/** The tables, in their fixed order in a file; see Compiled and AutomatonTables. */
export const SECTIONS = [
  ['rootNext', 'u16|i32'],
  ['edgeStart', 'i32'],
  ['edgeCode', 'u16'],
  ['edgeTo', 'i32'],
  ['fail', 'i32'],
  ['outStart', 'i32'],
  ['outIds', 'i32'],
  ['outLengths', 'i32'],
  ['lengths', 'i32'],
  ['latinStart', 'u8'],
  ['latinEnd', 'u8'],
  ['kinds', 'u8'],
  ['phrasePlanStart', 'i32'],
  /** Entry numbers of each pattern's phrase payloads, parallel to phrasePlanList. */
  ['phraseEntries', 'i32'],
  /** (pattern, entry number) pairs, in exceptionsAt's order. */
  ['exceptions', 'i32'],
  /** (pattern, rule index) pairs, in allowsAt's order. */
  ['allows', 'i32'],
  ['cueIdStart', 'i32'],
  ['cueIdList', 'i32'],
] as const

export type SectionName = (typeof SECTIONS)[number][0]
export type Sections = Record<SectionName, Int32Array | Uint16Array | Uint8Array>

/** Counts a reader checks against what it built itself before trusting the tables. */
export interface Shape {
  entries: number
  cues: number
  rules: number
}

const MAGIC = 0x434c464b // 'KFLC' little-endian
/** Bumped whenever the layout or the meaning of a section changes. */
export const FORMAT_VERSION = 1
const TYPE = { u8: 1, u16: 2, i32: 4 } as const
const HEADER_WORDS = 9 // magic, version, total bytes, checksum, key bytes, entries, cues, rules, sections

const pad8 = (n: number) => (n + 7) & ~7

/** One file: header, key (UTF-8), then each section (type, length) and its bytes, 8-aligned. */
export function encodeCompiled(key: string, shape: Shape, sections: Sections): Uint8Array {
  const keyBytes = new TextEncoder().encode(key)
  let size = pad8(HEADER_WORDS * 4 + keyBytes.length) + pad8(SECTIONS.length * 8)
  for (const [name] of SECTIONS) size += pad8(sections[name].byteLength)
  const out = new Uint8Array(size)
  const words = new Int32Array(out.buffer)
  words[0] = MAGIC
  words[1] = FORMAT_VERSION
  words[2] = size
  words[4] = keyBytes.length
  words[5] = shape.entries
  words[6] = shape.cues
  words[7] = shape.rules
  words[8] = SECTIONS.length
  out.set(keyBytes, HEADER_WORDS * 4)
  let table = pad8(HEADER_WORDS * 4 + keyBytes.length) / 4
  let at = table * 4 + pad8(SECTIONS.length * 8)
  for (const [name] of SECTIONS) {
    const a = sections[name]
    words[table++] = a.BYTES_PER_ELEMENT
    words[table++] = a.length
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at)
    at += pad8(a.byteLength)
  }
  words[3] = checksum(words, 4)
  return out
}

export type Decoded = { shape: Shape; sections: Sections } | { reason: string }

/**
 * The tables of a file made by encodeCompiled for `key`, as views into its bytes (copied once
 * when the bytes are not 8-aligned), or why it cannot be trusted: wrong magic, version, length,
 * key, checksum or section layout.
 */
export function decodeCompiled(bytes: Uint8Array, key: string): Decoded {
  if (bytes.byteLength < HEADER_WORDS * 4 || bytes.byteLength % 8 !== 0) return { reason: 'truncated' }
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice()
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  if (words[0] !== MAGIC) return { reason: 'not a kefu-lint compile cache' }
  if (words[1] !== FORMAT_VERSION) return { reason: `format version ${words[1]}` }
  if (words[2] !== bytes.byteLength) return { reason: 'truncated' }
  const keyBytes = words[4]!
  if (keyBytes < 0 || HEADER_WORDS * 4 + keyBytes > bytes.byteLength) return { reason: 'corrupt' }
  const stored = new TextDecoder().decode(bytes.subarray(HEADER_WORDS * 4, HEADER_WORDS * 4 + keyBytes))
  if (stored !== key) return { reason: 'another key' }
  if (words[8] !== SECTIONS.length) return { reason: 'corrupt' }
  if (checksum(words, 4) !== words[3]) return { reason: 'checksum' }
  let table = pad8(HEADER_WORDS * 4 + keyBytes) / 4
  let at = table * 4 + pad8(SECTIONS.length * 8)
  const sections = {} as Sections
  for (const [name, type] of SECTIONS) {
    const width = words[table++]!
    const length = words[table++]!
    const allowed = type.split('|').map((t) => TYPE[t as keyof typeof TYPE])
    if (!allowed.includes(width as 1 | 2 | 4) || length < 0 || at + length * width > bytes.byteLength) return { reason: 'corrupt' }
    const offset = bytes.byteOffset + at
    sections[name] = width === 1 ? new Uint8Array(bytes.buffer, offset, length) : width === 2 ? new Uint16Array(bytes.buffer, offset, length) : new Int32Array(bytes.buffer, offset, length)
    at += pad8(length * width)
  }
  if (at !== bytes.byteLength) return { reason: 'corrupt' }
  return { shape: { entries: words[5]!, cues: words[6]!, rules: words[7]! }, sections }
}

/** A 32-bit FNV-style hash of words[from..]: catches a torn or flipped file, not a forged one. */
function checksum(words: Int32Array, from: number): number {
  let h = 0x811c9dc5 | 0
  for (let i = from; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193)
  return h
}
