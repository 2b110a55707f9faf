import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { expandWords } from '../../src/vocab/index.js'
import { clauseEnd, clauseStart, isQuestion } from '../../src/context/text.js'
import data from './profile.yaml'

/**
 * rl38: another particular customer's profile told to the buyer — body data (160斤, 身高一米八), health (皮肤敏感,
 * 对奶蛋白过敏, 近视八百度), pregnancy, age, job (是个护士, 在银行上班), income (月薪两万), family (离婚了). Read only in
 * the window of a reference that points at one person (profile.yaml `pointer`; third-party.ts decides), never of
 * anonymous or aggregate buyers, and not in a condition or a question.
 */
export interface ProfileHit {
  start: number
  end: number
}

// Read as people.yaml's lists are: a list may name a shared word class ('@person.kin'), and an unknown class fails the load.
const Words = z
  .array(z.string().min(1))
  .min(1)
  .transform((ws) => [...new Set(expandWords(ws, 'rules/privacy-leak/profile.yaml').map(normalizePhrase))].sort((a, b) => b.length - a.length))
const W = z
  .object({ pointer: Words, measure: Words, bodyUnit: Words, notBodyAfter: Words, attribute: Words, workplaceVerb: Words, notTold: Words })
  .strict()
  .parse(data)

/** A label and its number: at most this many characters between (身高是一米八, 怀孕快五个月). */
const MEASURE_GAP = 3
/** 在 … 上班: at most this many characters of workplace. */
const WORKPLACE_REACH = 6
/** A verb of buying this far before a weight makes it a quantity (订了10斤). */
const BUY_REACH = 4
const NUMERAL = new Set([...'0123456789一二三四五六七八九十百千万两半零〇几'].map(normalizePhrase))
const AT = normalizePhrase('在')
/** After a label's number: its unit (近视八百度, 怀孕五个月, 今年58岁), the body's too. */
const MEASURE_UNITS = [...W.bodyUnit, ...['个多月', '个月', '度', '岁', '周', '万', '千'].map(normalizePhrase)]

/** The reference at `at` points at one particular person (刚才那位, 上一位, 原主人). */
export function pointsAtOne(text: string, at: number): boolean {
  return W.pointer.some((w) => text.startsWith(w, at))
}

function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => text.startsWith(w, at))
}

/** The end of a number starting at `at` (digits or numerals, 一米八 / 1.65 inside), or `at` if none. */
function numberEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && (NUMERAL.has(text[i]!) || ((text[i] === '.' || text[i] === normalizePhrase('米')) && NUMERAL.has(text[i + 1] ?? '') && i > at))) i++
  return i
}

function told(text: string, start: number, end: number): boolean {
  const from = clauseStart(text, start)
  const to = clauseEnd(text, end)
  const clause = text.slice(from, to)
  return !isQuestion(text, start, end) && !W.notTold.some((w) => clause.includes(w))
}

/** Hits one after another in a clause (165公分55公斤, 身高一米八体重一百九) read as one. */
function joined(text: string, hits: ProfileHit[]): ProfileHit[] {
  const out: ProfileHit[] = []
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start - last.end <= JOIN_GAP && clauseEnd(text, last.end) >= h.start) last.end = Math.max(last.end, h.end)
    else out.push({ ...h })
  }
  return out
}
const JOIN_GAP = 2

export function findProfiles(text: string, from: number, to: number): ProfileHit[] {
  return joined(text, scanProfiles(text, from, to))
}

function scanProfiles(text: string, from: number, to: number): ProfileHit[] {
  const out: ProfileHit[] = []
  for (let i = from; i < to; i++) {
    const m = wordAt(text, i, W.measure)
    if (m) {
      let j = i + m.length
      const limit = Math.min(to, j + MEASURE_GAP + 1)
      while (j < limit && !NUMERAL.has(text[j]!)) j++
      const e = j < limit ? numberEnd(text, j) : j
      if (j < limit && e > j) {
        const unit = wordAt(text, e, MEASURE_UNITS)
        const end = e + (unit?.length ?? 0)
        if (told(text, i, end)) out.push({ start: i, end })
        i = end - 1
        continue
      }
    }
    const a = wordAt(text, i, W.attribute)
    if (a) {
      if (told(text, i, i + a.length)) out.push({ start: i, end: i + a.length })
      i += a.length - 1
      continue
    }
    if (text[i] === AT) {
      for (let k = i + 2; k <= Math.min(to, i + 1 + WORKPLACE_REACH); k++) {
        const v = wordAt(text, k, W.workplaceVerb)
        if (v && !/[,.!?;:，。！？；：\s]/.test(text.slice(i, k))) {
          if (told(text, i, k + v.length)) out.push({ start: i, end: k + v.length })
          i = k + v.length - 1
          break
        }
      }
      continue
    }
    if (NUMERAL.has(text[i]!) && (i === 0 || !NUMERAL.has(text[i - 1]!))) {
      const e = numberEnd(text, i)
      const unit = wordAt(text, e, W.bodyUnit)
      const before = text.slice(Math.max(0, i - BUY_REACH), i)
      if (unit && !W.notBodyAfter.some((w) => before.includes(w)) && told(text, i, e + unit.length))
        out.push({ start: i, end: e + unit.length })
      i = e - 1
    }
  }
  return out
}
