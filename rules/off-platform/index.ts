/**
 * off-platform: steering the buyer off the platform (加微信, 私下转账, 收款码). The lexicon (lexicon.yaml) finds the phrases;
 * scan adds what it cannot: phrases read across separators and look-alikes (tolerant.ts, squeeze.ts, lookalike.ts), a verb
 * and its target apart in a clause (across.ts), contact details described (described.ts), numbers to call (dialled.ts) and
 * accounts after a channel (handle.ts). judge (judge.ts, cleared.ts) clears warnings, refusals and the readings of one kind;
 * finalize (finalize.ts) drops the class entries' fallbacks (fallback-entries.ts) and a pretext beside its invitation.
 */
import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { findHandles, hasAccountRun, hasGluedChannel, hasSpelledDigits, latinTails, maxLatinTail } from './handle.js'
import { originalSpan, readAcross, squeeze } from './squeeze.js'
import { hasLookalike } from './lookalike.js'
import { DEFAULT_SEVERITY, ID, kindOf, LEXICON, type Make } from './entries.js'
import { judge } from './judge.js'
import { separatorTolerant, squeezedFound } from './tolerant.js'
import { across } from './across.js'
import { described, onParcel } from './described.js'
import { dialled, mayName, spelledNumbers, staffLines } from './dialled.js'
import { finalize } from './finalize.js'

/** 加 and the app it adds, with at most this much between (加一下我们售后的微信). */
const ADD_REACH = 10
/** 转到 and the account it sends to (转到我的支付宝账户). */
const TRANSFER_REACH = 6

/** Whether the reply names a channel (微信, QQ, vx…), glued to an account (qq123456) or not. */
function namesChannel(ctx: LintContext, tails: ReturnType<typeof latinTails>): boolean {
  return ctx.cues('channel').length > 0 || hasGluedChannel(ctx.text, tails)
}

export default defineRule({
  meta: {
    id: ID,
    category: 'compliance',
    description: {
      zh: '引导买家到平台外联系或交易（加微信/QQ、私下转账、收款码、个人二维码），包括 微-信、加 v、ｖｘ 等变体写法',
      en: 'Steering the buyer off the platform (WeChat/QQ, private transfers, payment QR codes), including disguised spellings',
    },
    defaultSeverity: DEFAULT_SEVERITY,
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是引导买家到平台外联系或交易（不是词表命中，请人工确认）；请让买家在平台聊天里沟通。',
        en: 'Statistical judgement: {actual} reads like moving the buyer off the platform (not a list match; check it); keep the conversation in the platform chat.',
      },
    },
  },
  lexicon: LEXICON,
  create() {
    const channels = (LEXICON.cues.channel ?? []).map(normalizePhrase).sort((a, b) => b.length - a.length)
    const tolerant = separatorTolerant(LEXICON.entries, channels)
    const maxGlued = maxLatinTail(channels)
    const tails = latinTails(channels)
    // scanWhen and scan read the same reply one after the other: the second call reuses the first.
    let lastText: string | undefined
    let lastLevel: 0 | 1 | 2 = 0
    const separatorLevel = (text: string): 0 | 1 | 2 => {
      if (text !== lastText) {
        lastLevel = readAcross(text, tolerant.words)
        lastText = text
      }
      return lastLevel
    }
    const kinds = LEXICON.entries.map(kindOf)
    if (new Set(kinds).size !== kinds.length) throw new Error(`${ID}: entry kinds (first tags) must be unique: ${kinds.join(', ')}`)

    return {
      judge,
      scan(ctx, entryFor) {
        const make: Make = (entry, start, end) =>
          entry ? judge({ ruleId: ID, entry, start, end, severity: entry.severity ?? DEFAULT_SEVERITY, expected: entry.expected }, ctx) : null
        const out: Finding[] = []
        // The squeezed view only where a word reads across a separator run, or where a channel is
        // named and a run might hide its account (微信 138-0013-8000); not for Type-C or 前 台 alone.
        const spelled = separatorLevel(ctx.text)
        const view = spelled === 2 || (spelled === 1 && namesChannel(ctx, tails)) || hasLookalike(ctx.text) ? squeeze(ctx.text) : undefined
        if (view) squeezedFound(out, ctx, view, tolerant, entryFor, make)
        // 加 … 微信 (加一下我们售后的微信) and 转到 … 支付宝 (转到我的支付宝账户), in one clause.
        across(out, ctx, 'add', 'app', ADD_REACH, false, entryFor('invite'), make)
        across(out, ctx, 'transfer', 'wallet', TRANSFER_REACH, true, entryFor('payment'), make)
        // 加售后小姐姐, 添加店长: on the platform nobody is added, so adding a person is contact elsewhere.
        across(out, ctx, 'add', 'staff', ADD_REACH, false, entryFor('invite'), make, 'notAdd')
        // 私訊我們的賴, 搜尋我們的LINE: reaching the shop's account elsewhere by message or search.
        across(out, ctx, 'seek', 'seekApp', ADD_REACH, false, entryFor('invite'), make)
        // 进我们的粉丝群, 入售后群: joining the shop's own group is adding it by another verb.
        across(out, ctx, 'join', 'shopGroup', ADD_REACH, false, entryFor('invite'), make)
        described(out, ctx, entryFor('account'), make)
        onParcel(out, ctx, entryFor('account'), make)
        if (mayName(ctx) && hasAccountRun(ctx.text)) dialled(out, ctx, entryFor('callDigits'), make)
        if (hasAccountRun(ctx.text)) staffLines(out, ctx, entryFor('staffLine'), make)
        // lead29: a phone number spelled in number words is handed over to be dialled off the record.
        if (hasSpelledDigits(ctx.text)) spelledNumbers(out, ctx, entryFor('spelledNumber'), make)
        // An account after a channel (微信 138…, qq12345678), on the squeezed view where there is one.
        const handleText = view ? view.text : ctx.text
        for (const h of findHandles(handleText, channels, maxGlued)) {
          const [start, end] = view ? originalSpan(view, h.start, h.end) : [h.start, h.end]
          const f = make(entryFor('account'), start, end)
          if (f) out.push(f)
        }
        return out
      },
      // What the scan reads, as cheap tests: a squeezed or folded spelling, a run that may be an
      // account, or the cues across() and described() start from. Any new path in scan() needs its
      // condition here too (test/scan-gates.test.ts compares gated and ungated output).
      // An account is read only after a channel: a named one is a `channel` cue, one glued to its
      // account (qq12345678, 加v138…) is no cue (a Latin word must end a token), so its own test;
      // a number dialled only up to a `callTarget` cue.
      scanWhen: (text: string) => separatorLevel(text) === 2 || hasLookalike(text) || (hasAccountRun(text) && hasGluedChannel(text, tails)) || hasSpelledDigits(text),
      scanWhenCues: ['app', 'wallet', 'staff', 'shopGroup', 'contactNoun', 'ownPage', 'parcelNumber', 'seekApp', 'channel', 'callTarget', 'staffLine'],
      finalize,
    }
  },
})
