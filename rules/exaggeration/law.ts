import type { Finding, LintContext, Locale, Profile } from '../../src/types.js'

/**
 * The law a surviving claim is cited under, by locale and profile ({law}, {medLaw} in the messages), the message for
 * a phrase with no rewrite, and the strict profile's severity: cite, the last step of the judge.
 */

const DROP_MESSAGE = {
  zh: '{actual}是绝对化用语，{law}禁止“最佳”“第一”“国家级”等无法证实的说法，建议删去，或改用可查证的描述。',
  en: '{actual} is an absolute claim that cannot be proven ({law}); drop it or say something verifiable.',
}

const LAW: Record<Locale, Record<Profile, string>> = {
  zh: { marketplace: '《广告法》第九条', strict: '《广告法》第九条', 'zh-TW': '《公平交易法》第二十一条' },
  en: { marketplace: 'PRC Advertising Law art. 9', strict: 'PRC Advertising Law art. 9', 'zh-TW': 'Taiwan Fair Trade Act art. 21' },
}
const MED_LAW: Record<Locale, Record<Profile, string>> = {
  zh: {
    marketplace: '《广告法》第十七条禁止非药品宣传治疗功能',
    strict: '《广告法》第十七条禁止非药品宣传治疗功能',
    'zh-TW': '《食品安全卫生管理法》第二十八条、《化妆品卫生安全管理法》第十条禁止宣称医疗效能',
  },
  en: {
    marketplace: 'PRC Advertising Law art. 17 bans treatment claims for anything but medicines',
    strict: 'PRC Advertising Law art. 17 bans treatment claims for anything but medicines',
    'zh-TW': "Taiwan's food and cosmetics acts ban medical claims",
  },
}

/** A claim that survived the context checks, with its message, severity and law filled in. */
export function cite(f: Finding, ctx: LintContext): Finding {
  // Phrases added by config carry no rewrite: the message then says to drop them.
  if (!f.expected.length && !f.message && !f.entry.message) f.message = DROP_MESSAGE
  // Regulated categories: every claim that survives the context checks is an error.
  if (ctx.profile === 'strict') f.severity = 'error'
  f.data = { ...f.data, law: LAW[ctx.locale][ctx.profile], medLaw: MED_LAW[ctx.locale][ctx.profile] }
  return f
}
