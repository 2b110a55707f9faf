import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import lexicon from './lexicon.yaml'
import { parseLexicon } from '../../src/lexicon/schema.js'

/**
 * Suggestions depend on what the promise is about; replacing 肯定 with 尽量 everywhere
 * gives bad Chinese (这款尽量不会掉色的). What follows the adverb decides:
 *   a negative outcome (不会掉色)     → 一般 / 正常情况下
 *   a possibility (会到, 能到)        → 一般 / 应该
 *   something the shop does (给您发货) → 尽量 / 争取
 */
const NEGATIVE = ['不', '没']
const MODAL = ['会', '能', '可以']
const SHOP_DOES = ['给您', '给你', '帮您', '帮你', '为您', '发货', '发出', '安排', '处理', '联系', '反馈', '跟进', '补发', '尽快', '在']

function startsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.startsWith(w))
}

/** Better words for the adverb or verb at [start, end), best first. */
function suggestFor(f: Finding, after: string): string[] {
  if (f.entry.expected.length) return f.entry.expected
  if (startsWithAny(after, NEGATIVE)) return ['一般', '正常情况下']
  if (startsWithAny(after, MODAL)) return ['一般', '应该']
  if (startsWithAny(after, SHOP_DOES)) return ['尽量', '争取']
  // 保证明天到 → 争取明天到; 百分百正品 → 正品 (drop the intensifier).
  return f.entry.tags.includes('verb') ? ['争取', '尽量'] : ['']
}

const REASON = {
  uncontrolled: { zh: '，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等）', en: ' about something the shop does not control (delivery, effect, fit, skin)' },
  plain: { zh: '', en: '' },
}

export default defineRule({
  meta: {
    id: 'absolute-promise',
    category: 'promise',
    description: {
      zh: '绝对化承诺（肯定/保证/绝对/一定/百分百…），尤其是物流、效果、尺码等店铺无法掌控的结果',
      en: 'Absolute promises (肯定/保证/绝对/一定/百分百…), above all about outcomes the shop does not control',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  lexicon: parseLexicon(lexicon, 'rules/absolute-promise/lexicon.yaml'),
  create: () => ({
    judge(f: Finding, ctx: LintContext): Finding | null {
      if (f.entry.tags.includes('implicit')) return softenImplicit(f, ctx)
      const { text, original } = ctx
      const sStart = sentenceStart(text, f.start)
      const sEnd = sentenceEnd(text, f.end)
      // A bare 保证 answering 能保证明天到吗？ promises what the question asked about.
      const uncontrolled = ctx.hasCue('uncontrolled', sStart, sEnd) || ctx.previousHasCue('uncontrolled')
      if (!f.entry.tags.includes('policy')) {
        // What the promise is about is what follows it: a verb of the shop's own doing or
        // policy makes it borderline; an outcome anywhere in the sentence makes it an error.
        const ahead = Math.min(sEnd, f.end + 6)
        // A policy may take a few words to state (承诺所有销售的商品均为正品); a platform as the
        // speaker (京东承诺…) states its own policy.
        const policyAhead = Math.min(sEnd, f.end + 14)
        if (ctx.hasCue('ownAction', f.end, ahead) || ctx.hasCue('policy', f.end, policyAhead) || ctx.hasCue('platform', clauseStart(text, f.start), f.start)) f.severity = 'info'
        else if (uncontrolled) f.severity = 'error'
      }
      const after = text.slice(f.end, f.end + 4)
      const expected = suggestFor(f, after)
      const cStart = clauseStart(text, f.start)
      const cEnd = clauseEnd(text, f.end)
      const best = expected[0] ?? ''
      let preview = original.slice(cStart, f.start) + best + original.slice(f.end, cEnd)
      // 能 after 一般 reads better than 会 for arrival: 明天一般能到. Keep the rest verbatim.
      if (!best && !after) preview = original.slice(cStart, f.start)
      return {
        ...f,
        expected: expected.filter((e) => e !== ''),
        data: {
          reason: (uncontrolled ? REASON.uncontrolled : REASON.plain)[ctx.locale],
          preview: preview.trim(),
        },
        message: expected[0] === '' && !f.entry.message ? DROP_MESSAGE : f.message,
      }
    },
  }),
})

/**
 * A promise made without a promise word is softened by a hedge in front (机洗一般不会缩水),
 * not by deleting a word; a bare answer (不会哒) becomes a hedged answer with a next step.
 * 包 in 包合身 is the promise itself, so the hedge takes its place (一般都合身).
 */
function softenImplicit(f: Finding, ctx: LintContext): Finding {
  const { original, text } = ctx
  const cStart = clauseStart(text, f.start)
  const cEnd = clauseEnd(text, f.end)
  const span = original.slice(f.start, f.end)
  let expected: string[]
  let preview: string
  if (f.entry.tags.includes('answer')) {
    expected = f.entry.tags.includes('yes') ? [ANSWER.yes[ctx.locale]] : [ANSWER.no[ctx.locale]]
    preview = expected[0]!
  } else if (text[f.start] === '包') {
    expected = ['一般都', '大多']
    preview = original.slice(cStart, f.start) + expected[0] + span.slice(1) + original.slice(f.end, cEnd)
  } else {
    expected = ['一般', '正常情况下']
    preview = original.slice(cStart, f.start) + expected[0] + original.slice(f.start, cEnd)
  }
  return { ...f, expected, data: { reason: REASON.uncontrolled[ctx.locale], preview: preview.trim() } }
}

const ANSWER = {
  yes: { zh: '一般是可以的，具体因人而异，有问题随时联系我们', en: '一般是可以的，具体因人而异，有问题随时联系我们' },
  no: { zh: '正常情况下不会的，万一有问题随时联系我们处理', en: '正常情况下不会的，万一有问题随时联系我们处理' },
}

const DROP_MESSAGE = {
  zh: '{actual}是绝对化承诺{reason}，建议删去，例如「{preview}」。',
  en: '{actual} is an absolute promise{reason}; drop it, e.g. “{preview}”.',
}
