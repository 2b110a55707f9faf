import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * Look-alike and sound-alike characters agents swap into 微信 and 扣扣 to slip past keyword
 * filters: 魏信, 薇❤, 微芯, 寇寇. Folding them back lets the lexicon's plain spellings (加我微信,
 * 微信：…, 扣扣 123…) find the disguise; a character is folded only next to its partner, so 威信
 * (prestige) alone or 魏 in a name is never read as WeChat.
 */
const table = (s: string) => {
  const t = new Uint8Array(0x10000)
  for (const c of normalizePhrase(s)) t[c.charCodeAt(0)] = 1
  return t
}
const code = (s: string) => normalizePhrase(s).charCodeAt(0)

const WEI = code('微')
const XIN = code('信')
const KOU = code('扣')
/** Stand-ins for 微 (before 信 or a heart) and for 信 (after 微 or a stand-in). */
const LIKE_WEI = table('薇徽威魏巍维唯危伟')
const LIKE_XIN = table('芯訫')
const HEART = table('❤♥♡')
/** Stand-ins for 扣 in a doubled 扣扣. */
const LIKE_KOU = table('寇抠叩蔻')

/** Low bytes of 微, 扣 and their stand-ins: the characters hasLookalike looks further at. */
const CANDIDATE_LOW = new Uint8Array(256)
CANDIDATE_LOW[WEI & 0xff] = CANDIDATE_LOW[KOU & 0xff] = 1
for (let c = 0; c < 0x10000; c++) if (LIKE_WEI[c] === 1 || LIKE_KOU[c] === 1) CANDIDATE_LOW[c & 0xff] = 1

/**
 * Whether folding would change the reply: a stand-in next to its partner (维修, 唯一 alone do
 * not count), so the squeezed view is built only for the few replies that need it.
 */
export function hasLookalike(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i)
    // A 256-byte table of low bytes rules out most characters without touching the 64 KB ones.
    if (CANDIDATE_LOW[c & 0xff] === 0) continue
    if (LIKE_WEI[c] === 0 && LIKE_KOU[c] === 0 && c !== WEI && c !== KOU) continue
    const d = text.charCodeAt(i + 1)
    if (LIKE_WEI[c] === 1 && (d === XIN || LIKE_XIN[d] === 1 || HEART[d] === 1)) return true
    if (c === WEI && LIKE_XIN[d] === 1) return true
    if ((LIKE_KOU[c] === 1 && (d === KOU || LIKE_KOU[d] === 1)) || (c === KOU && LIKE_KOU[d] === 1)) return true
  }
  return false
}

/**
 * The character `c` may stand for (微 for 魏, 信 for 芯, 扣 for 寇), whatever its neighbours: a
 * looser fold than foldLookalikes', for gates that must not miss a word the view could fold into.
 */
export function foldAnywhere(c: number): number {
  if (LIKE_WEI[c] === 1) return WEI
  if (LIKE_XIN[c] === 1) return XIN
  if (LIKE_KOU[c] === 1) return KOU
  return c
}

/** Folds look-alikes in place; `folded[i]` is set for every changed unit. Returns whether any was. */
export function foldLookalikes(codes: Uint16Array, folded: Uint8Array): boolean {
  let any = false
  const set = (i: number, c: number) => {
    codes[i] = c
    folded[i] = 1
    any = true
  }
  for (let i = 0; i + 1 < codes.length; i++) {
    const c = codes[i]!
    const d = codes[i + 1]!
    const weiLike = c === WEI || LIKE_WEI[c] === 1
    if (weiLike && LIKE_XIN[d] === 1) set(i + 1, XIN)
    if (LIKE_WEI[c] === 1 && (d === XIN || LIKE_XIN[d] === 1 || HEART[d] === 1)) set(i, WEI)
    const kouLike = (x: number) => x === KOU || LIKE_KOU[x] === 1
    if (kouLike(c) && kouLike(d) && (c !== KOU || d !== KOU)) {
      if (c !== KOU) set(i, KOU)
      if (d !== KOU) set(i + 1, KOU)
    }
  }
  return any
}
