import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, lastCue } from '../../src/context/cues.js'
import { SpanIndex } from '../../src/match/bisect.js'
import { findAreaStreets, findCityDistricts, findPartialAddresses } from './address.js'
import { apposedName, findPersonData, surnameStartBefore } from './people.js'
import { isHan } from '../../src/vocab/chars.js'
import { classWords } from '../../src/vocab/index.js'
import { findProfiles, pointsAtOne } from './profile.js'

/**
 * Another buyer's data told to this one. On its own an order number, a building and room or
 * a district and street is the buyer's own business (您的订单号…, 请核对您的地址); next to a
 * reference to someone else (上一位买这款的顾客, 张女士, 您老公, 别的买家, 她住…) even part of
 * it is a leak: 3栋502, 订单号 2847…, 广州天河区体育西路.
 *
 * References come from lexicon cues: `relation` (您老公), `otherWhole` (别人, 其他人),
 * `other` + `person` close together (另一位 … 客人), `pronoun` (她住, 他的), and a title
 * after a surname (`title`: 张女士, 林小姐) used about someone (也, 的, 家…), not to greet the
 * buyer (张女士您好). The data may follow within WINDOW characters or stand earlier in the
 * reference's sentence; a cue `own` (您的) nearer before it than any reference makes it the
 * buyer's own.
 */
export interface Span {
  start: number
  end: number
  /** Said of a person (住您楼下, 叫陈晓), never the shop's own address. */
  personal?: boolean
  /** A reference to one particular person (您先生, 她, 王女士), not to buyers in general. */
  named?: boolean
  /** pv35: a household or colleague placed by the buyer's home or workplace (您对门那户, 您单位财务部的王姐). */
  placed?: boolean
  /** Only the last digits of a number (尾号2238) or a masked value (XX小区, 李**). */
  partial?: boolean
}

const WINDOW = 40
/** The longest datum a window's end may cut (an 18-digit ID with a few characters around it). */
const STRADDLE = 24
/** 上一位 … 顾客: at most this much between (上一位买这款的顾客). */
const PERSON_GAP = 6
/** A labelled number (订单号 384729) may be this short; an unlabelled one needs LONG_DIGITS. */
const SHORT_DIGITS = 6
const LONG_DIGITS = 10
/** After 尾号 / 后四位, four digits are data. */
const TAIL_DIGITS = 4
// pv35: three, after a label of the last three (末三码是527; the breadth check of kinds31); mend31: only after those (尾号123 is no tail).
const TAIL_THREE_DIGITS = 3
const LABEL_REACH = 8

const n = (s: string) => normalizePhrase(s)
/** Before a title: not a surname (这位女士 is `other` + `person`; 您好 follows a greeting). */
const NOT_SURNAME = new Set([...n('位的个这那您你老好各们是和跟与')])
/** After a title, the person is talked about, not greeted: 张女士也买了, 林小姐家, 王先生的订单. */
const ABOUT = new Set([...n('也的家住买说她他那之在反都还')])
/**
 * s46 (redline42, a reviewer's class of sealed misses: 王女士, 李先生 said of another customer): a time or an aspect right after the title
 * (王女士昨天也买了, 李先生刚下单, 王小姐上周买了三件, 陈先生已经拍了): what that person did is told, nobody is greeted —
 * unless the buyer is addressed in that clause (YOU: 王女士刚才您说的地址), where the title is the buyer's own name.
 */
const ABOUT_WORDS = classWords('time.told.done', 'rules/privacy-leak/third-party.ts').map(n)
const YOU = new RegExp(['您', '你'].map(n).join('|'))

/** s44: pointers that pick out one particular earlier person (not 有个, 某位: anyone). */
const DEFINITE = new Set(['上一个', '上一位', '前一个', '前一位', '前面一个', '前面一位', '前面那个', '前面那位', '刚才那位', '刚刚那位', '之前那位', '刚才那个', '刚刚那个', '之前那个'].map((w) => normalizePhrase(w)))
const HEADLESS_REACH = 12
/** 上一个月, 前一个订单, 上一个款: a pointer to a time or a thing, not a person. */
const NOT_PERSON_AFTER = new Set([...normalizePhrase('月周年天星礼季批款单订号件次包快型颜色码步页')])
const JIAO = normalizePhrase('叫')
/** Two or three Han characters and then the end of the name (的, a pause, the text's end). */
const NAME_START = /^[\u4e00-\u9fff]{2,3}(?:$|[的，,。！？!?；;\s])/u
const NAMED_AFTER = new RegExp(`^(?:${['叫', '名叫', '姓'].map((w) => normalizePhrase(w)).join('|')})`)
/** A clause of the pointer's own, with no pause, ending in 的 and followed by what is said of them. */
const HEADLESS = new RegExp(`^[^，,。！？!?；;\\s]{2,${HEADLESS_REACH}}?${normalizePhrase('的')}(?:[，,]|${['也', '都', '是', '叫', '姓', '住', '就'].map((w) => normalizePhrase(w)).join('|')})`)
const OPEN_QUOTE = new Set(['「', '“', '『', '"'].map(n))
const OPEN_BRACKET = new Set(['(', '（', '['].map(n))
const CLOSE_QUOTE = new Set(['」', '”', '』', '"'].map(n))
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isAlnum = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x7a)

/**
 * 是您家人代收的吗: the relation right after 是 in a question put with 吗. A guess put with 吧
 * (是您同事的吧？她也买了…) asserts who it is, and what follows is told about them.
 */
function askedWhether(text: string, start: number, end: number): boolean {
  if (!text.endsWith(IS, start) || !isQuestion(text, start, end)) return false
  const rest = text.slice(end, sentenceEnd(text, end) + 1)
  if (rest.includes(BA)) return false
  // 是不是您朋友…呢？ asks by itself; after a bare 是 the question needs its 吗.
  return WHETHER.some((w) => text.endsWith(w, start)) || rest.includes(MA)
}
const IS = n('是')
/** A masked value: XX小区, 李**, 138****. */
const MASKED = /\*|xx|某/i
const WEI = n('位')
const WHETHER = ['是不是', '是否'].map(n)
const MA = n('吗')
const BA = n('吧')

/** Where the reply refers to someone other than the buyer. */
function references(ctx: LintContext): Span[] {
  const { text } = ctx
  const refs: Span[] = []
  for (const name of ['relation', 'pronoun']) {
    for (const [start, end] of ctx.cues(name)) {
      // 其他家的定价, 吉他的 (pv20): 他 inside another word is no one.
      if (name === 'pronoun' && NOT_BEFORE_PRONOUN.has(text[start - 1] ?? '')) continue
      // 电话尾号1234，是您家人代收的吗: the agent asks whether the recipient of the buyer's own order
      // is family; a supposition like 如果不是您本人, naming no one else whose data it would be.
      if (name === 'relation' && askedWhether(text, start, end)) continue
      refs.push({ start, end, named: true })
    }
  }
  // 如果不是您本人的号码: a supposition about the buyer's own data, not someone else named.
  // redline39: the buyer's own other order (您的另一单, 您还有一单) is no one else's.
  for (const [start, end] of ctx.cues('otherWhole')) if (!lastCue(ctx, 'condition', Math.max(clauseStart(text, start), start - CONDITION_REACH), start) && !OWN_ORDER_BEFORE.some((w) => text.endsWith(w, start))) refs.push({ start, end })
  for (const [start, end] of ctx.cues('other')) {
    const person = cuesWithin(ctx, 'person', end, end + PERSON_GAP + 4).find((c) => c[0] - end <= PERSON_GAP && !/[,.!?;:\n]/.test(text.slice(end, c[0])))
    // 隔壁3栋那位阿姨: a number between the pointer and the person is data, not part of the reference.
    // 一位叫何晓雯的顾客 (pv20): a name between the pointer and the person is data too.
    if (person) refs.push(/[0-9]/.test(text.slice(end, person[0])) || /叫|姓/.test(text.slice(start, person[0])) ? { start: person[0], end: person[1] } : { start, end: person[1] })
    // 另一位张敏 (pv20): 位 counts people, and a full name right after it is the person named.
    else if (text[end - 1] === WEI && apposedName(text, end)) refs.push({ start, end, named: true })
    // ot36: 那位（成华区…那个周姐）: 位 counts people, and a bracket right after it says who the one is.
    else if (text[end - 1] === WEI && OPEN_BRACKET.has(text[end] ?? '')) refs.push({ start, end: end + 1, named: true })
    // s44 (redline, BZ 刚刚那位叫张红梅的, 上一个打电话来投诉的也是您这个小区的，叫黄建国): a definite pointer (上一个, 刚刚那位, 之前那个) with a
    // name label right after it, or heading a clause of its own that ends in 的 and goes on about the one meant (也, 是, 叫, 住, a comma):
    // the person is named by what they did, without a person noun.
    // s45 (redline, DA 收件人不是您，是一个叫陈伟的): a pointer that ends in the name label itself (一个叫, 有位叫) with a name right after it, no person noun.
    else if (text.endsWith(JIAO, end) && NAME_START.test(text.slice(end, end + 4))) refs.push({ start, end, named: true })
    else if (DEFINITE.has(text.slice(start, end)) && !NOT_PERSON_AFTER.has(text[end] ?? '') && (NAMED_AFTER.test(text.slice(end, end + 3)) || HEADLESS.test(text.slice(end, end + HEADLESS_REACH + 2)))) refs.push({ start, end, named: true })
  }
  refs.push(...boughtBefore(ctx))
  for (const [start, end] of ctx.cues('title')) {
    const before = text.charCodeAt(start - 1)
    // 楼下2单元的陈女士: a person described by what comes before is talked about too.
    // ex31: …or where they live told right after a comma (黄小姐,住高雄苓雅区).
    // rl35 (BO 还有一个「林先生」的订单): a closing quote after the title is passed over.
    const after = CLOSE_QUOTE.has(text[end] ?? '') ? end + 1 : end
    const about = ABOUT.has(text[after] ?? '') || (ABOUT_WORDS.some((w) => text.startsWith(w, after)) && !YOU.test(text.slice(after, clauseEnd(text, after)))) || DESCRIBED.has(text[start - 2] ?? '') || text.startsWith(COMMA_LIVES, end) || COMMA_PRONOUN.test(text.slice(end, end + 2))
    if (start === 0 || !isHan(before) || NOT_SURNAME.has(text[start - 1]!) || !about) continue
    if (CLOSE_QUOTE.has(text[end] ?? '') && !OPEN_QUOTE.has(text[start - 2] ?? '')) continue
    if (ownRecipient(ctx, start - 1)) continue
    refs.push({ start: start - 1, end, named: true })
  }
  // cp22: 住在…的王姐, 这位…的李姐, 赵阿姨也买了: a surname and a kin word, described before (的) or talked about after.
  for (const [start, end] of ctx.cues('kin')) {
    const s = surnameStartBefore(text, start)
    if (s === undefined || NOT_SURNAME.has(text[start - 1]!) || KIN_NOT_BEFORE.has(text[s - 1] ?? '')) continue
    // ex31: …or picked up by 她/他 after a comma (老顾客刘姐,她前天也买了…).
    // rl38: …or where they live told right after a comma, as for a title (是陈阿姨，住5号楼).
    if (!ABOUT.has(text[end] ?? '') && !DESCRIBED.has(text[s - 1] ?? '') && !pointedAt(text, s) && !COMMA_PRONOUN.test(text.slice(end, end + 2)) && !text.startsWith(COMMA_LIVES, end)) continue
    refs.push({ start: s, end, named: true })
  }
  // ex31: a household or person by surname alone (住您对门姓周的那家, 姓赵的那位): 姓 + one character + 的 + a pointer.
  // rv32 (speed): only a reply with 姓 in it is searched.
  if (text.includes(XING)) for (const m of text.matchAll(SURNAMED)) refs.push({ start: m.index!, end: m.index! + m[0].length, named: true })
  // 前台小刘上周也在我们这订了: a colleague or neighbour by a familiar name, talked about.
  for (const [start, end] of ctx.cues('familiar')) {
    if (FAMILIAR_NOT_BEFORE.has(text[start - 1] ?? '') || !FAMILIAR_ABOUT.has(text[end] ?? '')) continue
    refs.push({ start, end, named: true })
  }
  // pv35: a household by its position next to the buyer's home (您家楼上1202的业主, 您对门那户, 您楼下的邻居), or a person by the
  // buyer's workplace (您单位财务部的王姐, 你们单位上次是张会计, 贵司的另一个同事): a particular person, whatever follows is theirs.
  for (const [start, end] of ctx.cues('nearBuyer')) {
    const noun = placedPerson(ctx, 'household', end, HOUSEHOLD_GAP)
    // fxP: 住您隔壁的那家店 is a shop next door, no household.
    // fxP: nor when an older reference already names the person there (您楼下那位孙先生, 住您对门姓周的那家): ex30/ex31 read
    // those with their own span, and a second finding for the purchase doubled it.
    const namedAlready = (to: number) => refs.some((r) => r.start < to + 4 && r.end > start)
    if (noun && !SHOP_AFTER.has(text[noun] ?? '') && !namedAlready(noun)) refs.push({ start, end: noun, named: true, placed: true })
    // 您对门也在我们家买了: the household at that position as the subject of what is told.
    else if (!noun && text[end] === ALSO && !namedAlready(end)) refs.push({ start, end, named: true, placed: true })
  }
  for (const [start, end] of ctx.cues('workplace')) {
    const noun = placedPerson(ctx, 'colleague', end, COLLEAGUE_GAP)
    if (noun) refs.push({ start, end: noun, named: true, placed: true })
  }
  // mend31: 贵司 is the buyer itself: its role words are the buyer's own staff (贵司采购订的那批货), unless a surname stands right
  // before the role (贵司财务的钱姐) or `otherColleague` between (贵司另一位采购).
  for (const [start, end] of ctx.cues('workplaceBuyer')) {
    const named = (s: number) => {
      const at = surnameStartBefore(text, s)
      return at !== undefined && at >= end && !NOT_SURNAME.has(text[s - 1]!)
    }
    const hit = cuesWithin(ctx, 'colleague', end, end + COLLEAGUE_GAP).find(
      ([s]) => !/[,.!?;:\n]/.test(text.slice(end, s)) && (named(s) || ctx.hasCue('otherColleague', end, s)),
    )
    if (hit) refs.push({ start, end: hit[1], named: true, placed: true })
  }
  refs.push(...fromPrevious(ctx))
  return withAnaphora(text, refs).sort((a, b) => a.start - b.start)
}

/** ot36: after 的, what shows a headless clause names a person talked about (上次买这款锁的也是…, …的叫周建). */
const HEADLESS_NEXT = new Set([...n('也都是叫姓住,')])
const BUYER_OWN = new RegExp(`[${n('您你妳')}]`)
/**
 * ot36: a buyer named by what they bought before (上次买这款锁的也是宁波的, 之前拍同款的那位客人): a person noun within a few characters,
 * or a clause ending in 的 right before 也 / 是 / 叫 / a comma. Not the buyer's own purchase (您上次买的…, 跟您一起拼单的 is someone else).
 */
function boughtBefore(ctx: LintContext): Span[] {
  const { text } = ctx
  const out: Span[] = []
  for (const [start, end] of ctx.cues('boughtBefore')) {
    const lead = text.slice(clauseStart(text, start), start)
    if (BUYER_OWN.test(lead) && !/[跟和与同]/.test(lead)) continue
    const person = cuesWithin(ctx, 'person', end, end + PERSON_GAP + 4).find((c) => c[0] - end <= PERSON_GAP && !/[,.!?;:\n]/.test(text.slice(end, c[0])))
    if (person) {
      out.push({ start, end: person[1] })
      continue
    }
    const stop = Math.min(clauseEnd(text, end), end + 10)
    const de = text.indexOf(n('的'), end)
    if (de >= 0 && de < stop && HEADLESS_NEXT.has(text[de + 1] ?? ',')) out.push({ start, end: de + 1 })
  }
  return out
}

/**
 * rl35 (BN 我邻居也在你们家买了 → 她买的是…; BO 他叫王磊 → 查到王磊的订单了，收件地址是…): the customer's turn brings in a person of
 * their own (我邻居, 我同事, 我姐姐) or names one (他叫王磊): 她/他 opening a clause of the reply, or that name, is that person.
 */
function fromPrevious(ctx: LintContext): Span[] {
  const prev = ctx.previous
  if (!prev) return []
  const { text } = ctx
  const out: Span[] = []
  if (THIRD_IN_PREVIOUS.test(prev)) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if ((c !== '他' && c !== '她') || text[i + 1] === '们' || (i > 0 && isHan(text.charCodeAt(i - 1)) && !PRONOUN_LEAD.has(text[i - 1]!))) continue
      out.push({ start: i, end: i + 1, named: true })
    }
  }
  const named = NAMED_IN_PREVIOUS.exec(prev)?.[1]?.replace(NAME_TAIL, '')
  if (named && named.length >= 2) for (let i = text.indexOf(named); i >= 0; i = text.indexOf(named, i + 1)) out.push({ start: i, end: i + named.length, named: true })
  return out
}
/** Whether the customer's turn brings in a person of their own or names one: only then is a bare 她 / 他 read (fromPrevious). */
export function previousBringsPerson(prev: string | undefined): boolean {
  return prev !== undefined && (THIRD_IN_PREVIOUS.test(prev) || NAMED_IN_PREVIOUS.test(prev))
}
/** 我邻居 / 我同事 / 我姐姐…: a person of the customer's own, brought into the conversation. */
const THIRD_IN_PREVIOUS = new RegExp(
  `${n('我')}(?:${n('的')})?(?:${['邻居', '同事', '朋友', '姐姐', '妹妹', '哥哥', '弟弟', '姐', '妹', '哥', '弟', '妈妈', '妈', '爸爸', '爸', '老公', '老婆', '爱人', '对象',
    '闺蜜', '室友', '同学', '婆婆', '公公', '家人', '亲戚', '表姐', '表妹', '舅舅', '姑姑', '阿姨', '领导', '老板', '女儿', '儿子', '男朋友', '女朋友', '男友', '女友'].map(n).join('|')})`,
)
/** 他叫王磊 / 她叫林晓 / 名字是…: a full name the customer gives. */
const NAMED_IN_PREVIOUS = new RegExp(`(?:${['他叫', '她叫', '名字叫', '名字是', '姓名是', '叫做'].map(n).join('|')})([\\u4e00-\\u9fff]{2,3})`, 'u')
/** What may follow a name in the customer's turn (他叫王磊的, 叫林晓吗). */
const NAME_TAIL = new RegExp(`[${n('的了吗呢啊吧呀哦')}]+$`, 'u')
/** Before a pronoun that opens its phrase: 把她, 给他, 跟她, 和他, 查了她. */
const PRONOUN_LEAD = new Set([...n('把给跟和与同帮替说问查的是')])

/** pv35: how far after the position or workplace its person noun may end (您家楼上1202的业主, 你们单位上次是张会计). */
const HOUSEHOLD_GAP = 8
const COLLEAGUE_GAP = 10
const ALSO = n('也')
/** fxP: after a household noun, a shop or business (住您隔壁的那家店), not a household. */
const SHOP_AFTER = new Set(['店', '铺', '超', '商', '公', '厂', '餐', '饭', '药'].map(n))
/** pv35: the end of the first `name` cue starting within `gap` characters after `at`, in its clause (no punctuation between). */
function placedPerson(ctx: LintContext, name: string, at: number, gap: number): number | undefined {
  const hit = cuesWithin(ctx, name, at, at + gap).find(([s]) => !/[,.!?;:\n]/.test(ctx.text.slice(at, s)))
  return hit?.[1]
}

/**
 * 上一位买家退回来的，他当时…订单号是…: a bare 他/她 later in a reference's sentence is that
 * person again, and what follows it is theirs however far the sentence runs on.
 */
function withAnaphora(text: string, refs: Span[]): Span[] {
  const out = [...refs]
  let covered = 0
  for (const ref of refs) {
    const to = Math.min(sentenceEnd(text, ref.end), ref.end + WINDOW)
    for (let i = Math.max(ref.end, covered); i < to; i++) {
      const c = text[i]
      if ((c !== '他' && c !== '她') || NOT_BEFORE_PRONOUN.has(text[i - 1] ?? '') || text[i + 1] === '们') continue
      out.push({ start: i, end: i + 1, named: true })
    }
    covered = Math.max(covered, to)
  }
  return out
}
/** 其他, 吉他, 利他: 他 inside another word. */
const NOT_BEFORE_PRONOUN = new Set([...n('其吉利排')])
/** cp22: before surname + kin, a word the pair belongs to (大小王哥? 表, 堂: 表姐 is kin of the buyer's; 老 of 老王哥 is familiar). */
const KIN_NOT_BEFORE = new Set([...n('表堂小大老帅靓师空')])
/** ex31: a comma and 她/他 right after a surname and title or kin word: the person is talked about (老顾客刘姐,她前天也买了). */
const COMMA_PRONOUN = new RegExp(`^,[${n('她他')}]`)
/** ex31: 姓周的那家 / 姓赵的那位 / 姓钱的那个: a person or household named by the surname alone. */
const XING = n('姓')
const SURNAMED = new RegExp(`${n('姓')}[\\u4e00-\\u9fff](?:${['的那家', '的那位', '的那户', '的那个', '的那家人', '的人家'].map(n).join('|')})`, 'gu')
/** mend27: between the recipient label and the name (收件人是黄小姐, 收货人：王先生). */
const RECIPIENT_LINK = new RegExp(`^(?:${['', '是', '为', ':', '叫'].map(n).join('|')})$`)
/** mend27: a question asking the buyer to confirm (…住杭州西湖区，地址没错吧？; …对吗？). */
const CONFIRM_TAG = new RegExp(`(?:${['对吗', '对吧', '没错吧', '没错吗', '是吗', '是吧', '是不是', '对不对', '没问题吧', '正确吗'].map(n).join('|')})[?]*$`)
/**
 * mend27: a surname and title that is the buyer's own order's recipient read back to them (您订单上的收货人王先生,住…; 收件人是黄小姐,
 * 住…对吗？), or named in a question asking the buyer to confirm: no other person is talked about. Not when another
 * person or order is pointed at before it in the sentence (上一单的收件人是…).
 */
function ownRecipient(ctx: LintContext, at: number): boolean {
  const { text } = ctx
  const sStart = sentenceStart(text, at)
  if (ctx.hasCue('otherWhole', sStart, at) || ctx.hasCue('other', sStart, at)) return false
  // redline39: …nor when the sentence goes on to say the parcel is not the buyer's (收件人是陈先生 不是您吧？).
  if (ctx.hasCue('otherWhole', at, sentenceEnd(text, at) + 1)) return false
  const card = lastCue(ctx, 'deliveryCard', Math.max(clauseStart(text, at), at - 8), at)
  if (card && RECIPIENT_LINK.test(text.slice(card[1], at))) return true
  const sEnd = sentenceEnd(text, at)
  return isQuestion(text, at, sEnd) && CONFIRM_TAG.test(text.slice(at, Math.min(text.length, sEnd + 1)))
}
/** ex31: a comma and 住 right after a surname and title: where that person lives follows (黄小姐,住高雄苓雅区). */
const COMMA_LIVES = n(',住')
/** Before a surname and title, the end of a description: 楼下2单元的陈女士. */
const DESCRIBED = new Set([...n('的')])
/** ot36: a pointer right before a surname and kin word or title (那个周姐, 这位陈小姐, 那位王先生): one particular person talked about. */
const POINTED = ['那个', '这个', '那位', '这位'].map(n)
const pointedAt = (text: string, at: number) => POINTED.some((w) => text.endsWith(w, at))
/** redline39: right before 另一单 / 还有一单, the buyer as its owner (您的另一单, 您还有一单, 你这边另一个订单). */
const OWN_ORDER_BEFORE = ['您的', '你的', '您', '你', '您这边', '你这边', '您这边还', '您名下', '你名下'].map(n)
/** 如果不是您本人: the supposition stands right before the reference. */
const CONDITION_REACH = 6
/** 大小王, 老老实实: 小/老 inside another word. */
const FAMILIAR_NOT_BEFORE = new Set([...n('大小老古')])
/** After the name, what shows it is talked about (小刘也, 老王家, 小林上周…). */
const FAMILIAR_ABOUT = new Set([...n('也的家住买说她他那之在反都还上前昨今刚订')])

/** Long digit runs (letters glued on count: SF1234567890), or shorter ones right after a label. */
function numbers(ctx: LintContext, from: number, to: number): Span[] {
  const { text } = ctx
  const out: Span[] = []
  for (let i = from; i < to; i++) {
    if (!isAlnum(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue
    let end = i
    let digits = 0
    for (;;) {
      while (end < text.length && isAlnum(text.charCodeAt(end))) digits += isDigit(text.charCodeAt(end++)) ? 1 : 0
      // A number written in groups is one number: 6234 5678, 138-1234-5678.
      if ((text[end] === ' ' || text[end] === '-') && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))) end++
      else break
    }
    // A masked number (138****5678, 4301******): on its own it hides what matters; next to someone
    // else (this window) its visible ends still point at them, as 尾号5678 does (pv21).
    if (text[end] === '*') {
      const masked = maskedEnd(text, i, end, digits)
      if (masked !== undefined && !handleNearest(ctx, Math.max(0, i - LABEL_REACH - 4), i)) out.push({ start: i, end: masked, partial: true })
      i = masked ?? end
      continue
    }
    const labelFrom = Math.max(0, i - LABEL_REACH - 4)
    // 他的企鹅号是 2847 3310 56: an account number handed over (off-platform's finding), not data of theirs.
    if (handleNearest(ctx, labelFrom, i)) {
      i = end
      continue
    }
    // 尾号5678: the last digits of someone else's phone are enough to find them.
    // cop37: a pickup code or a phone's last digits (取件码6-2-3018, 尾号5678) is a person's, never a shop's address: a pick-up
    // point named before it (放在菜鸟驿站了，取件码…) does not make it public (`personal`).
    const tail =
      (digits >= TAIL_DIGITS && lastCue(ctx, 'tailLabel', labelFrom, i) !== undefined) ||
      (digits >= TAIL_THREE_DIGITS && lastCue(ctx, 'tailLabelThree', labelFrom, i) !== undefined)
    const labelled = tail || (digits >= SHORT_DIGITS && lastCue(ctx, 'dataLabel', labelFrom, i) !== undefined)
    if (digits >= LONG_DIGITS || labelled) out.push({ start: i, end, ...(digits < SHORT_DIGITS ? { partial: true } : {}), ...(tail ? { personal: true } : {}) })
    i = end
  }
  return out
}

/** A room or door number: three or four digits (805, 1206; not 3房2厅, not a year). */
const ROOM_DIGITS = [3, 4] as const
/** After a room label (房号是805, 住在 1206) the number may start this far on, past 是 / a colon / a space. */
const ROOM_LABEL_GAP = 2
const ROOM_LABEL_FILL = /^[是为:\s]*$/
/** Right after the number: it names a room (1206房, 805号房, 1502房间). */
const ROOM_SUFFIX = ['房', '号房', '房间'].map(n)
/** …but money for a room is a sum, not a door (1200房费, 3000房租, 房款, 房价, 房钱). */
const NOT_ROOM_AFTER = new Set([...'费租款价钱贷'].map(n))
const DE = n('的')
/** rl37a: a counter right before a number (有位165的, 一个170的): the number measures the person. */
const COUNTER = new Set([...n('位个名')])

/**
 * ex30: the door of another person — a hotel room or a flat by its number alone (她住1206房, 她的房號是805, 就是1502的张先生,
 * 是203的刘先生, 她住1201). Three or four digits named as a room by a label before (cue `roomLabel`), by 房 after, or as
 * what describes the person right after it (1502的张先生); read only next to a reference, like every datum here.
 */
function rooms(ctx: LintContext, refs: readonly Span[], from: number, to: number): Span[] {
  const { text } = ctx
  const out: Span[] = []
  for (let i = from; i < to; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue
    let end = i
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
    const digits = end - i
    if (digits < ROOM_DIGITS[0] || digits > ROOM_DIGITS[1] || isAlnum(text.charCodeAt(end))) {
      i = end
      continue
    }
    const label = lastCue(ctx, 'roomLabel', Math.max(0, i - ROOM_LABEL_GAP - 6), i)
    const labelled = label !== undefined && i - label[1] <= ROOM_LABEL_GAP && ROOM_LABEL_FILL.test(text.slice(label[1], i))
    const suffixed = ROOM_SUFFIX.some((w) => text.startsWith(w, end) && !NOT_ROOM_AFTER.has(text[end + w.length]!))
    // rl37a: not after a counter (有位165的买家, 一位170的顾客): a height or weight of someone unnamed, no door.
    const describes = text.startsWith(DE, end) && refs.some((r) => r.start === end + DE.length) && !COUNTER.has(text[i - 1] ?? '')
    if (labelled || suffixed || describes) out.push({ start: i, end, personal: true, partial: true })
    i = end
  }
  return out
}

/** Between a neighbour's position and their name: nothing, 的, or a pointer with its counter (您楼下那位陈先生, 您楼上那户刘姐). */
const BESIDE_LINK = new RegExp(`^(?:${['的', '那位', '那户', '那家', '那个', '的那位', '的那个', '这位', '住的', '的那户'].map(n).join('|')})?$`)
/** Right before a neighbour's position told after the person: where they live (住您对门, 就住在您楼下). */
const LIVES_BEFORE = ['家住', '住在', '住'].map(n)
/** How far before the name the position may end (您楼下的那位 | 陈先生). */
const BESIDE_GAP = 3

/**
 * ex30: a neighbour named by where they live next to the buyer (您楼下那位陈先生也买了, 跟您同一个单元的赵先生, 您楼上那户刘姐
 * 也订了…): the position before a named reference (a surname and title or kin word) is where that person lives.
 */
function besideBuyer(ctx: LintContext, ref: Span): Span[] {
  if (!ref.named) return []
  // The position stands right before the name, in its sentence, whatever window an earlier reference (那位陈先生) opened.
  const near = lastCue(ctx, 'nearBuyer', Math.max(sentenceStart(ctx.text, ref.start), ref.start - BESIDE_GAP - 10), ref.start)
  if (near && ref.start - near[1] <= BESIDE_GAP && BESIDE_LINK.test(ctx.text.slice(near[1], ref.start))) return [{ start: near[0], end: near[1], personal: true }]
  // ex31: …or told after them with 住 in the same sentence (刘姐,她前天也买了这个,住您对门; sets R and AY).
  // The span takes the 住 in (住您对门), as findPersonData reads 她就住您对门.
  for (const [s, e] of cuesWithin(ctx, 'nearBuyer', ref.end, Math.min(sentenceEnd(ctx.text, ref.end), ref.end + WINDOW))) {
    const lives = LIVES_BEFORE.find((w) => ctx.text.endsWith(w, s))
    if (lives) return [{ start: s - lives.length, end: e, personal: true }]
  }
  return []
}

/** The characters a city-and-district ends with (address.ts DISTRICT). */
const DISTRICT_CHARS = ['区', '县'].map(n)
/** Between a city-and-district and the person it describes (杭州西湖区的张女士, 上海浦东区的那位李先生). */
const DISTRICT_BEFORE_LINK = new RegExp(`^(?:${['的', '的那位', '那位', '的一位', '一位', '的这位'].map(n).join('|')})$`)
/** Between the person and the city-and-district after them (黄小姐,住高雄苓雅区, 张淑芬小姐,住在高雄市三民区). */
const DISTRICT_AFTER_LINK = new RegExp(`^,?(?:${['住', '住在', '家住', '住的是', '家在'].map(n).join('|')})$`)
/** How far from the reference a city-and-district beside it may start or end. */
const DISTRICT_REACH = 12

/**
 * ex31: another person named with the city and district they live in (跟您一起拼团的那位是杭州西湖区的张女士, 上一单的买家叫黄小姐,
 * 住高雄苓雅区; sets AZ, AI, S): a city and its district describing a named reference right before it (…的), or told after
 * it with 住. A district alone (朝阳区的张女士) or a city told of a buyer in general (有位杭州的顾客) is not read.
 */
function districtBeside(ctx: LintContext, ref: Span): Span[] {
  if (!ref.named) return []
  const { text } = ctx
  const sStart = sentenceStart(text, ref.start)
  for (const d of findCityDistricts(text, Math.max(sStart, ref.start - DISTRICT_REACH), ref.start)) {
    if (DISTRICT_BEFORE_LINK.test(text.slice(d.end, ref.start))) return [{ start: d.start, end: d.end, personal: true, partial: true }]
  }
  const sEnd = sentenceEnd(text, ref.end)
  for (const d of findCityDistricts(text, ref.end, Math.min(sEnd + 1, ref.end + DISTRICT_REACH))) {
    if (DISTRICT_AFTER_LINK.test(text.slice(ref.end, d.start))) return [{ start: d.start, end: d.end, personal: true, partial: true }]
  }
  return []
}

/**
 * The end of a masked number starting at `start` whose visible head ends at `headEnd` (`headDigits`
 * digits), if its shape is a personal number's: a head of 2–6 digits, a mask of 2 or more `*`, and a
 * tail of 2–4 digits or X (138****5678, 6222********0128, 3301**********4417); or a head of 4–6 digits
 * and a mask of 4 or more with nothing after (4301******, an ID's region). Letters in the head
 * (SF13****5582) make it a waybill, not a person's number.
 */
function maskedEnd(text: string, start: number, headEnd: number, headDigits: number): number | undefined {
  if (headDigits !== headEnd - start || headDigits < 2 || headDigits > 6) return undefined
  let j = headEnd
  while (text[j] === '*') j++
  const mask = j - headEnd
  if (mask < 2) return undefined
  let k = j
  while (k < text.length && (isDigit(text.charCodeAt(k)) || text[k] === 'x')) k++
  const tail = k - j
  if (tail >= 2 && tail <= 4 && !isAlnum(text.charCodeAt(k))) return k
  if (tail === 0 && headDigits >= 4 && mask >= 4) return j
  return undefined
}

/** Whether a chat-account label (企鹅号, 微信号码) stands nearer before `at` than any data label. */
function handleNearest(ctx: LintContext, from: number, at: number): boolean {
  const handle = lastCue(ctx, 'handleLabel', from, at)
  if (!handle) return false
  const data = lastCue(ctx, 'dataLabel', from, at)
  return !data || handle[1] >= data[1]
}

/** How far a cue of the buyer's own may run into the datum's label (您地址 over 地址填的是). */
const OWN_OVERLAP = 3
/** Whether the buyer's own (您的) stands nearer before `at` than any reference. */
function ownBefore(ctx: LintContext, refs: readonly Span[], at: number, from: number, end = at): boolean {
  // 您地址填的是…: the datum may start with its label, inside the cue that makes it the buyer's.
  const own = lastCue(ctx, 'own', from, at) ?? cuesWithin(ctx, 'own', from, at + OWN_OVERLAP).find(([s]) => s < at)
  if (!own) return false
  // A reference that starts the datum (…您的在一个集包里，她是上海徐汇的…) names its owner too.
  // rl36: …and so does one inside it (您的包裹被误寄到新竹市东区光复路的黄先生那里: the place and the person read as one datum).
  return !refs.some((r) => r.start <= Math.max(at, end - 1) && r.start >= own[1])
}

const PROFESSION = ['医生', '大夫', '主任', '老师', '护士'].map(n)
/** rl38: a reference to one particular other customer (刚才那位, 原主人, 王女士), not the buyer's own family or a pronoun. */
function oneParticular(ctx: LintContext, ref: Span): boolean {
  if (pointsAtOne(ctx.text, ref.start)) return true
  // A profession read as a title (妇产科医生都推荐, 听医生的) names a role, not a customer.
  if (PROFESSION.some((w) => ctx.text.endsWith(w, ref.end))) return false
  return ref.named === true && !ref.placed && !ctx.hasCue('relation', ref.start, ref.end) && !ctx.hasCue('pronoun', ref.start, ref.end)
}

export function findThirdPartyData(ctx: LintContext): Span[] {
  const refs = references(ctx)
  if (refs.length === 0) return []
  const { text } = ctx
  const out: Span[] = []
  const taken = new SpanIndex()
  let covered = 0
  const confirming = ctx.cues('confirmOwn').length > 0
  // rv32 (speed): a city and district needs 区 or 县 (findCityDistricts starts at one): asked once per reply, not per reference.
  const districts = DISTRICT_CHARS.some((c) => text.includes(c))
  for (const ref of refs) {
    const from = Math.max(covered, sentenceStart(text, ref.start))
    const to = Math.min(text.length, ref.end + WINDOW)
    if (from >= to) continue
    const streets = [...findPartialAddresses(text, from, to), ...findAreaStreets(text, from, to)]
    const found: Span[] = [
      ...numbers(ctx, from, to),
      ...rooms(ctx, refs, from, to),
      ...besideBuyer(ctx, ref),
      ...streets,
      ...findPersonData(text, from, to, ref.named, ref.placed).map((d) => ({ ...d, personal: true })),
      // ex31: after the person's own data, so a description already read whole (温州鹿城区的周阿姨) keeps its span.
      ...(districts ? districtBeside(ctx, ref) : []),
      // rl38: a particular other customer's body, health, job or income (刚才那位姑娘160斤, 前一位客人近视八百度).
      ...(oneParticular(ctx, ref) ? findProfiles(text, from, to).map((d) => ({ ...d, personal: true })) : []),
    ]
    // 其他买家：李娜, 您朋友王明昨天… (pv20): a full name in apposition right after the reference.
    const apposed = apposedName(text, ref.end)
    if (apposed) found.push({ ...apposed, personal: true })
    for (const d of found) {
      // A city told first and the street after it in the same sentence (也是深圳的，南山区科兴科学园) is one address: the street is reported.
      if ('region' in d && d.region && streets.some((o) => o.start >= d.end && o.start < sentenceEnd(text, d.end))) continue
      // pv20: the buyer's own order echoed back for confirmation (收件人李某，手机尾号6621，地址是XX小区，请确认是不是您本人的订单),
      // or its recipient named after its masked data (收货人手机尾号2238…可以让您姐姐凭取件码去取): the last digits and masked
      // values of it are no one else's.
      if ((d.partial || MASKED.test(text.slice(d.start, d.end))) && (confirming || (d.end <= ref.start && ref.named && ctx.hasCue('relation', ref.start, ref.end)))) continue
      // Data inside the reference itself (她住 of 她住朝阳区 is both) is not data on its own.
      if (d.end > to || (d.start >= ref.start && d.end <= ref.end)) continue
      if (taken.overlaps(d.start, d.end)) continue
      if (ownBefore(ctx, refs, d.start, sentenceStart(text, d.start), d.end)) continue
      out.push(d.personal ? { start: d.start, end: d.end, personal: true } : { start: d.start, end: d.end })
      taken.add(d.start, d.end)
    }
    // The next window starts a little before this one's end: a datum cut off by it (an ID
    // number running past the 40th character) is read whole there; overlaps are dropped above.
    covered = Math.max(covered, to - STRADDLE)
  }
  return out
}
