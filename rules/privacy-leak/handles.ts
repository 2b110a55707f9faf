import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { lastCue } from '../../src/context/cues.js'
import { sentenceStart } from '../../src/context/text.js'
import type { Span } from './third-party.js'
import { surnameStartBefore } from './people.js'
import { isHan } from '../../src/vocab/chars.js'

/**
 * rl37a: another buyer identified by an account or a nickname (账号 amy0921 的买家也下了两组; 那条差评是账号“momo_1992”留的;
 * 买家“小熊软糖”刚下单了黑色XL): the handle names one person, whom the reply then says bought, reviewed or complained. The
 * label (cue `handleOwner`) comes first, then the handle — quoted, or a run of Latin letters and digits — and right after
 * it what that person did (`HANDLE_ACT`). The buyer's own account (您的账号…) and the shop's (我们的账号…) are not another's.
 */
export function findOtherHandles(ctx: LintContext): Span[] {
  const { text } = ctx
  const out: Span[] = []
  for (const [labelStart, labelEnd] of ctx.cues('handleOwner')) {
    const m = HANDLE.exec(text.slice(labelEnd, labelEnd + MAX_HANDLE + 8))
    if (!m) continue
    const start = labelEnd + m[1]!.length
    const end = start + m[2]!.length
    const rest = text.slice(end, end + ACT_REACH + 6)
    if (!ACT.test(rest)) continue
    // 您的账号 kefu… / 我们店铺账号“…”: the buyer's or the shop's own.
    if (lastCue(ctx, 'own', Math.max(sentenceStart(text, labelStart), labelStart - OWN_REACH), labelStart)) continue
    if (SHOP_BEFORE.test(text.slice(Math.max(0, labelStart - OWN_REACH), labelStart))) continue
    out.push({ start, end, personal: true, named: true })
  }
  return out
}

const n = normalizePhrase
/** The longest handle read (a nickname in quotes, an account). */
const MAX_HANDLE = 24
/** How far after the handle what the person did may start (” 的买家, 留的, 也下了). */
const ACT_REACH = 4
/** How far before the label the buyer's own (您的) or the shop's (我们的, 店铺) may stand. */
const OWN_REACH = 6
/** After the label: 是/为/叫, a colon or space, then the handle quoted or as a Latin-and-digit run (4+ characters). */
const HANDLE = /^([\s:是为叫]{0,3})((?:["“「『‘'][^"”」』’'\n，,。]{1,20}["”」』’'])|(?:[a-z0-9][a-z0-9_.\-]{3,23}))/i
/** What the handle did: a buyer of it, the author of a review or complaint, an order placed, returned or received. */
const ACT = new RegExp(
  `^\\s*(?:${['的买家', '的顾客', '的客户', '的客人', '的用户', '的亲', '的宝宝', '的那位', '的这位', '这位', '那位', '留的', '写的', '发的', '给的', '评的', '打的', '投诉',
    '也买', '也下', '也拍', '也订', '也在', '买了', '下了', '拍了', '订了', '退了', '退过', '刚下单', '刚买', '刚拍', '昨天', '上周', '之前', '她', '他', '说']
    .map(n)
    .join('|')})`,
)
/** The shop's own account named before the label (我们店铺账号, 官方账号). */
const SHOP_BEFORE = new RegExp(`(?:${['我们', '本店', '店铺', '官方', '我的', '我'].map(n).join('|')})$`)

/**
 * rl37a: the author of a review or complaint named in full (那个投诉是王建军发的, 差评是李娜留的): 是/由/被 + a surname and one or two
 * more characters + the act of writing it, in a sentence about a review (cue `reviewAuthor`). A surname with a title (周女士) is
 * third-party.ts's; an author unnamed (有个买家给的差评) names no one.
 */
export function findNamedAuthors(ctx: LintContext): Span[] {
  const { text } = ctx
  const out: Span[] = []
  if (ctx.cues('reviewAuthor').length === 0) return out
  for (const m of text.matchAll(AUTHOR_ACT)) {
    const at = m.index!
    // 江门发的货: where the parcel was shipped from, not who wrote.
    if (SHIPPED.has(text[at + m[0].length] ?? '')) continue
    for (const given of [2, 1]) {
      const nameEnd = at
      const surnameEnd = nameEnd - given
      const start = surnameStartBefore(text, surnameEnd)
      if (start === undefined || !IS_CHARS.includes(text[start - 1] ?? '')) continue
      let han = true
      for (let k = start; k < nameEnd; k++) if (!isHan(text.charCodeAt(k))) han = false
      // 黄金周发的, 周末发的: a time or a place, no given name.
      if (!han || NOT_GIVEN_END.has(text[nameEnd - 1]!)) continue
      const s0 = sentenceStart(text, start)
      if (!ctx.cues('reviewAuthor').some(([s]) => s >= s0 && s < start + 30)) continue
      out.push({ start, end: nameEnd, personal: true, named: true })
      break
    }
  }
  return out
}
/** The last character of a time or place word that a surname may start (黄金周, 周末, 年前, 店里). */
const NOT_GIVEN_END = new Set([...n('周天月年日节期前后时里上下们家店区市路末晚早间')])
/** After 发的: the goods shipped (发的货, 发的快递, 发的包裹, 发的件). */
const SHIPPED = new Set([...n('货快包件')])
/** Right before the author's name (是王建军发的, 由李娜留的, 被张伟投诉). */
const IS_CHARS = [...n('是由被')]
/** What the author did with the review (发的, 留的, 写的, 给的, 评的, 投诉的, 打的, 举报的). */
const AUTHOR_ACT = new RegExp(['发的', '留的', '写的', '给的', '评的', '投诉的', '打的', '举报的', '发布的'].map(n).join('|'), 'g')
