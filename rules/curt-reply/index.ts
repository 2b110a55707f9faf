import { z } from 'zod'
import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { lastCue } from '../../src/context/cues.js'
import { mergeOverlapping, refusedBefore } from '../shared/cues.js'
import { findPatterns } from './patterns.js'
import { shirkToParty } from './party.js'
import fillerData from './fillers.yaml'
import lexicon from './lexicon.yaml'

const ID = 'curt-reply'
const LEXICON = parseLexicon(lexicon, `rules/${ID}/lexicon.yaml`)
const byLength = (ws: string[]) => ws.map(normalizePhrase).sort((a, b) => b.length - a.length)
const FILLERS = byLength(
  z
    .object({ fillers: z.array(z.string().min(1)).min(1) })
    .strict()
    .parse(fillerData).fillers,
)
/**
 * A brush-off handed to the buyer names them (那您随便吧, 你看着办吧); only there are these
 * fillers too. For bare 不知道 they are not: 您不知道吗 is a question about the buyer.
 */
const ADDRESSED = byLength(['那您', '那你', '您们', '你们', '您', '你', ...FILLERS])
const NOTHING: string[] = []
/** 不用您自己想办法: a negator this close before the phrase rules it out. */
const NEGATE_REACH = 4
/** 跟我们也没关系: only adverbs between the shop and 没关系 (not 跟我说没关系). */
const OURS_GAP = new Set([...normalizePhrase('都也可真的完全根本是一点并毫')])
const OURS_REACH = 3
/** 不归我们客服管: the 管 that closes 不归. */
const GUAN_REACH = 8
const GUAN = ['管', '负责'].map(normalizePhrase)

const isWordChar = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)

/**
 * Whether [from, to) outside the hit [skipFrom, skipTo) holds nothing but `words` (fillers.yaml
 * by default), punctuation, spaces and emoji: 这个我也不清楚呢亲～ is "only" 不清楚.
 */
function onlyFillers(text: string, from: number, to: number, skipFrom: number, skipTo: number, words = FILLERS): boolean {
  let i = from
  while (i < to) {
    if (i >= skipFrom && i < skipTo) {
      i = skipTo
      continue
    }
    if (!isWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    const w = words.find((x) => text.startsWith(x, i) && (i + x.length <= skipFrom || i >= skipTo))
    if (!w) return false
    i += w.length
  }
  return true
}

/** A way forward offered anywhere in the reply, but not by the phrase itself (自己联系快递 is not 联系). */
function offersPath(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('path', 0, f.start) || ctx.hasCue('path', f.end, ctx.text.length)
}

/** Whether the clause of `f` is the reply's last (only fillers after it): 退不了，就这样. */
function endsReply(text: string, f: Finding): boolean {
  const end = clauseEnd(text, f.end)
  return onlyFillers(text, end, text.length, end, end)
}

/**
 * The span of a phrase whose shape the lexicon cannot hold alone, or null when the shape is
 * not there: 没关系 needs the shop before it (跟我们没关系, not 跟质量没关系), 不归 the 管
 * after it, a third party the buyer is sent to (您自己找平台, 问厂家去).
 */
function shaped(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const tags = f.entry.tags
  if (tags.includes('ours')) {
    const c = lastCue(ctx, 'ours', Math.max(clauseStart(text, f.start), f.start - OURS_REACH - 8), f.start)
    if (!c || f.start - c[1] > OURS_REACH) return null
    for (let i = c[1]; i < f.start; i++) if (!OURS_GAP.has(text[i]!)) return null
    return { ...f, start: c[0] }
  }
  if (tags.includes('guan')) {
    const limit = Math.min(clauseEnd(text, f.end), f.end + GUAN_REACH)
    for (let i = f.end; i < limit; i++) for (const w of GUAN) if (text.startsWith(w, i)) return { ...f, end: i + w.length }
    return null
  }
  if (tags.includes('party')) {
    const span = shirkToParty(text, f.start, f.end)
    return span ? { ...f, start: span[0], end: span[1] } : null
  }
  return f
}

function judge(found: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const f = shaped(found, ctx)
  if (!f) return null
  const kind = f.entry.tags[0]
  if (kind === 'rude') return f
  if (kind === 'whole') return onlyFillers(text, 0, text.length, f.start, f.end) ? f : null
  // 没有 / 不会 are curt only stark: 没有哦 and 不会的亲 already soften a plain answer.
  if (kind === 'bare') return onlyFillers(text, 0, text.length, f.start, f.end, NOTHING) ? f : null
  if (refusedBefore(ctx, f.start, 'negate', 'resume', NEGATE_REACH)) return null
  if (offersPath(ctx, f)) return null
  // 跟我们没关系，是您自己没去取件: blame, which blame-customer reports.
  if (f.entry.tags.includes('disown') && ctx.cues('buyerFault').length) return null
  const cStart = clauseStart(text, f.start)
  const cEnd = clauseEnd(text, f.end)
  if (kind === 'permission') return onlyFillers(text, cStart, cEnd, f.start, f.end, ADDRESSED) ? f : null
  if (kind === 'final') {
    // 退不了，就这样: a refusal closed with "that's that"; 好的，就这样 closes nothing.
    const closes = onlyFillers(text, cStart, cEnd, f.start, f.end) && endsReply(text, f) && ctx.hasCue('refusal', 0, cStart)
    return closes ? f : null
  }
  if (kind === 'alone' && !onlyFillers(text, cStart, cEnd, f.start, f.end)) return null
  // 抱歉，这个我也不清楚 / 抱歉，无法为您处理: still no way forward, but not rude.
  if ((kind === 'alone' || kind === 'refuse') && ctx.cues('apology').length) return { ...f, severity: 'info' }
  return f
}

/** Refusals by repetition (没有就是没有, 想怎么样就怎么样吧, 爱退不退), judged like their entries. */
function scan(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined): Finding[] {
  const out: Finding[] = []
  for (const hit of findPatterns(ctx.text)) {
    const entry = entryFor(hit.kind)
    if (!entry) continue
    const f = judge({ ruleId: ID, entry, start: hit.start, end: hit.end, severity: entry.severity ?? 'warning', expected: entry.expected }, ctx)
    if (f) out.push(f)
  }
  return out
}

export default defineRule({
  meta: {
    id: ID,
    category: 'tone',
    description: {
      zh: '推诿或不耐烦的回复：单独的不知道/不清楚/没办法、不归我管、你去问快递、跟我们没关系、您随便吧、说了没有就是没有、爱买不买…（说明原因并给出办法的婉拒不算）',
      en: 'Dismissive or shirking replies (a bare “don’t know”, “not my job”, “ask the courier”, “suit yourself”, refusal by repetition, “take it or leave it”); polite refusals that offer a way forward are fine',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  lexicon: LEXICON,
  create: () => ({ judge, scan, finalize: mergeOverlapping }),
})
