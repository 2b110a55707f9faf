import { z } from 'zod'
import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { mergeOverlapping, refusedBefore } from '../shared/cues.js'
import fillerData from './fillers.yaml'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/curt-reply/lexicon.yaml')
const FILLERS = z
  .object({ fillers: z.array(z.string().min(1)).min(1) })
  .strict()
  .parse(fillerData)
  .fillers.map(normalizePhrase)
  .sort((a, b) => b.length - a.length)
/** 不用您自己想办法: a negator this close before the phrase rules it out. */
const NEGATE_REACH = 4

const isWordChar = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)

/**
 * Whether [from, to) outside the hit [skipFrom, skipTo) holds nothing but fillers
 * (fillers.yaml), punctuation, spaces and emoji: 这个我也不清楚呢亲～ is "only" 不清楚.
 */
function onlyFillers(text: string, from: number, to: number, skipFrom: number, skipTo: number): boolean {
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
    const w = FILLERS.find((x) => text.startsWith(x, i) && (i + x.length <= skipFrom || i >= skipTo))
    if (!w) return false
    i += w.length
  }
  return true
}

/** A way forward offered anywhere in the reply, but not by the phrase itself (自己联系快递 is not 联系). */
function offersPath(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('path', 0, f.start) || ctx.hasCue('path', f.end, ctx.text.length)
}

function judge(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const kind = f.entry.tags[0]
  if (kind === 'rude') return f
  if (kind === 'whole') return onlyFillers(text, 0, text.length, f.start, f.end) ? f : null
  if (refusedBefore(ctx, f.start, 'negate', 'resume', NEGATE_REACH)) return null
  if (offersPath(ctx, f)) return null
  if (kind === 'alone') {
    if (!onlyFillers(text, clauseStart(text, f.start), clauseEnd(text, f.end), f.start, f.end)) return null
    // 抱歉，这个我也不清楚: still no way forward, but not rude.
    if (ctx.cues('apology').length) return { ...f, severity: 'info' }
  }
  return f
}

export default defineRule({
  meta: {
    id: 'curt-reply',
    category: 'tone',
    description: {
      zh: '推诿或不耐烦的回复：单独的不知道/不清楚/没办法、不归我管、你去问快递、规定就是这样、爱买不买…（说明原因并给出办法的婉拒不算）',
      en: 'Dismissive or shirking replies (a bare “don’t know”, “not my job”, “ask the courier”, “take it or leave it”); polite refusals that offer a way forward are fine',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize: mergeOverlapping }),
})
