import type { Finding, LintContext } from '../../src/types.js'
import type { Span } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * Everything else beaten, no seller run down (吊打一众大牌, 别的都比不了): exaggeration's absolute comparison, not this
 * rule's. A kind of rival named by its scorn (秒杀一切杂牌) is still run down.
 */

/** cp22: every other one, no seller named (别的都, 其他的都, 其余的). */
const WHOLE_OTHERS = new RegExp(`^(?:${['别的', '其他', '其它', '其余'].map((w) => normalizePhrase(w)).join('|')})(?:${normalizePhrase('的')})?(?:${['都', '全', '基本都'].map((w) => normalizePhrase(w)).join('|')})?$`)
/** A comparison with no verdict but the comparison itself (比不了, 没法比). */
const BARE_COMPARE = new Set(['比不了', '比不上', '没法比', '没得比', '完全不能比', '根本比不上'].map((w) => normalizePhrase(w)))
/** A rival that is the whole market (一众大牌, 一切大牌, 所有品牌, 同行, 进口大牌): no seller run down. */
const WHOLE_MARKET = new RegExp(`(?:${['一众', '一切', '众多', '各种', '各大', '同行', '进口大牌', '国际大牌', '各路'].map((w) => normalizePhrase(w)).join('|')})`)
/** A kind of rival named by its scorn (杂牌, 山寨): run down whatever the quantifier. */
const POINTED = new RegExp(`(?:${['杂牌', '山寨', '小作坊', '黑作坊', '小厂', '三无', '地摊'].map((w) => normalizePhrase(w)).join('|')})`)

/** 吊打一众大牌, 秒杀一切大牌, 碾压同行: the whole market beaten, unless a kind of rival is named by its scorn. */
export function beatsWholeMarket(f: Finding, ctx: LintContext): boolean {
  const said = ctx.text.slice(f.start, f.end)
  return WHOLE_MARKET.test(said) && !POINTED.test(said)
}

/** 别的都比不了 / 其他都比不上: every other one for subject, the comparison for verdict. */
export function othersAllBeaten(f: Finding, ctx: LintContext, subject: Span): boolean {
  const { text } = ctx
  return WHOLE_OTHERS.test(text.slice(subject[0], subject[1])) && BARE_COMPARE.has(text.slice(f.start, f.end))
}
