import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'

/**
 * Sending the buyer to a third party (the platform, the maker, the courier) instead of
 * helping: 您自己找平台, 你去问厂家, 这个问题您找厂家, 问快递去. The party word is the hit;
 * this reads the few characters around it:
 *
 *   [你|您] [自己] [只能|得] [去] (找|问|投诉) [一下] PARTY [去]   — with 你/您, 自己, 只能 / 得 or a 去 that is not the agent's
 *   [你|您] 自己 [去] (联系|咨询|打给) [一下] PARTY   — only with 自己: 您联系一下快递员 is advice
 *   [你|您] [自己] [去] (跟|和) PARTY (沟通|联系|协商|说)   — with 你/您 or 自己: 您自己跟快递沟通吧, 自己去跟快递说
 *   TOPIC (找|问) PARTY                              — 质量问题找厂家: a bare imperative after a topic
 *   TOPIC (请|建议)[您] (联系|咨询|找|问) [一下] PARTY    — 该问题请您联系品牌官方售后: the formal register of the same
 *   (找|问) PARTY [去] [吧…]  as a clause of its own  — 找厂家 / 不知道 问快递: the bare imperative
 *   是 PARTY 的事                                    — 那是厂家的事: their business, not ours
 *   PARTY 的事  as the whole reply                    — 仓库的事: the same, said bare
 *   [你|您] 去 PARTY 买                               — 你去拼多多买吧: sent to buy elsewhere
 *
 * The agent doing it is no shirk: 我去问快递, 帮您问一下快递, 给您找厂家, 小妹去问快递.
 */
const n = (s: string) => normalizePhrase(s)
// 请洽原厂 (Taiwan's formal "contact"): 请 belongs to the imperative, so it is tried first.
// 问问 before 问: 你自己问问快递吧 (set S) reads back over both characters; so 打电话问 before 问 (cb25: 你打电话问快递).
const ASK = ['请洽', '洽询', '洽', '找', '打电话问问', '打电话问', '问问', '问', '投诉'].map(n)
/** 您自己打给黑猫: calling them is the buyer's job only with 自己. */
// cu30: Taiwan's 聯絡 (您自己聯絡他拿; set AV) is the same "contact".
const CONTACT = ['联系', '联络', '咨询', '打给', '打电话给'].map(n)
const A_BIT = ['一下', '下'].map(n)
// 与 / 同 are the written register of 跟 (还请您与商家沟通).
const WITH = ['跟', '和', '与', '同'].map(n)
// cu36 (BR): 扯 / 掰扯 / 理论 / 商量 (您自己去跟快递扯): the same talking it out, colloquial.
const TALK = ['沟通', '联系', '联络', '协商', '交涉', '反映', '说', '扯', '掰扯', '理论', '商量', '谈', '讲'].map(n)
const GO = n('去')
/**
 * 您得问快递, 只能找平台了: the buyer is left with it (只能问一下快递 from the agent has 一下). cb25: 要 is the same
 * "must" when the party closes the clause (这个要问快递公司, 你要問品牌方); 要找厂家确认一下 / 需要找厂家确认一下 go on
 * to the agent's own check, so 需要 is listed only to keep its 要 from being read alone.
 */
const MUST = ['只能', '只有', '需要', '得', '要'].map(n)
const [, , NEED, DE, YAO] = MUST
/** 记得问快递要单号, 觉得: 得 inside a word is no "must". */
const NOT_MUST = new Set([...n('记觉获取值懂晓使')])
/**
 * cb25: before that 要, the buyer or the matter pointed at (你要问品牌方, 这个要问快递公司): the must is laid on the buyer.
 * After a named topic (保固要找原厂) it is the general way, read elsewhere (只是卖家) or not at all.
 */
const YAO_LEAD = ['你', '您', '你们', '您们', '自己', '这个', '那个', '这', '那', '这种', '这事', '这个事'].map(n)
/** cb25: 不要找快递, 想要问, 还要问, 就要问, 主要问, 重要: 要 after these is no "must" laid on the buyer. */
const NOT_MUST_YAO = new Set([...n('不想还就主重只也又总')])
const SELF = n('自己')
const YOU = ['你们', '您们', '你', '您'].map(n)
/** Before 你/您 or 去: someone else acts for or with the buyer (帮您问, 我去问, 给您找). */
const AGENT = new Set([...n('我帮替给为陪跟和们来会让')])
/** The agent by a self-name is still the agent: 小妹去问快递, 小二帮您问厂家. */
// cu33: and the homophone 偶 (偶去问下仓库: the agent going to ask, sets F, K, P, Q, T, V, BD).
const AGENT_NAMES = [...classWords('subject.agent', 'rules/curt-reply/party.ts'), ...classWords('subject.agent.homophone', 'rules/curt-reply/party.ts')].map(n)
/** 质量问题找厂家, 这个问题问厂家: a topic, then the bare imperative. */
const TOPIC = ['问题', '的事', '这事', '这个事', '这种事', '这类事', '这些事', '事情', '事儿'].map(n)
/** 该问题请您联系…, 此类问题建议咨询…: the formal way to send the buyer on (after a topic only). */
const REFER = ['请您', '请你', '请', '建议您', '建议你', '建议', '麻烦您', '需要您', '您需要', '烦请'].map(n)
/** What may close a bare imperative's clause after the party: 找厂家吧, 问快递去啊. */
const CLOSERS = new Set([...n('去吧啊呀啦哦呗嘛哈了')])
/**
 * Before a bare imperative: the start of the reply or of a clause (a space counts: 不知道 问快递). The
 * normaliser maps full-width ，！？ to ASCII but leaves 。 and … as they are, so 找厂家。 needs them here.
 */
const OPENERS = new Set([...n(',.!?;:、 \n~'), '。', '…'])
const byAgent = (text: string, at: number) => AGENT.has(text[at - 1] ?? '') || endingAt(text, at, AGENT_NAMES) !== undefined

const endingAt = (text: string, at: number, words: readonly string[]) => words.find((w) => at >= w.length && text.startsWith(w, at - w.length))

/** The span from the subject to the party (or its trailing 去), or undefined when the agent is the one asking. */
export function shirkToParty(text: string, start: number, end: number): [number, number] | undefined {
  // cu35 (CSDS): 建议您找别人代收下 / 找家人帮忙签收 — someone to take the parcel in for the buyer (class proxy.receive): advice.
  if (PROXY.some((w) => text.startsWith(w, end))) return undefined
  let i = start
  const bit = endingAt(text, i, A_BIT)
  if (bit) i -= bit.length
  const ask = endingAt(text, i, ASK)
  const contact = ask ? undefined : endingAt(text, i, CONTACT)
  if (!ask && !contact) return bit ? undefined : (theirBusiness(text, start, end) ?? talkWith(text, start, end) ?? buyThere(text, start, end) ?? qualified(text, start, end))
  i -= (ask ?? contact)!.length
  if (ask) {
    const direct = directlyYou(text, i, start, end)
    if (direct !== undefined) return direct
  }
  const refer = endingAt(text, i, REFER)
  if (refer) {
    const topic = endingAt(text, i - refer.length, TOPIC)
    if (topic) return [i - refer.length - topic.length, end]
  }
  const go = text[i - 1] === GO
  if (go) i--
  const must = endingAt(text, i, MUST)
  const modal =
    must !== undefined &&
    must !== NEED &&
    !(must === DE && NOT_MUST.has(text[i - 2] ?? '')) &&
    !(must === YAO && (NOT_MUST_YAO.has(text[i - 2] ?? '') || !closesClause(text, end) || endingAt(text, i - 1, YAO_LEAD) === undefined))
  if (modal) i -= must!.length
  const self = endingAt(text, i, [SELF]) !== undefined
  if (self) i -= SELF.length
  const you = endingAt(text, i, YOU)
  if (you) i -= you.length
  const goAfter = text[end] === GO
  if (byAgent(text, i)) return undefined
  const topic = !contact && !bit && !you && !self && (endingAt(text, i, TOPIC) !== undefined || (ask !== FIND && topicOpens(text, i)))
  const shirks = contact ? self : Boolean(you) || self || go || goAfter || (modal && !bit) || topic || (!bit && (bareImperative(text, i, end) || namedFirst(text, i, end)))
  if (shirks) return [i, goAfter ? end + 1 : end]
  // cu34: 找物流理赔去 / 找快递索赔吧: the bare imperative with what to claim there, closing its clause (sets BE; with 您 in E, R, AT, BF).
  const claim = ask === FIND && !bit ? CLAIM.find((w) => text.startsWith(w, end)) : undefined
  return claim && bareImperative(text, i, end + claim.length) ? [i, end + claim.length] : undefined
}

const FIND = n('找')
/**
 * cu36 (BQ): 这个问闲鱼客服 — a bare 这个 / 这种 / 那个 as the topic, opening its clause, then the bare imperative of asking (问, 洽; not
 * 找: 这个找官方售后，我们只是代理 is read by its disowning).
 */
const TOPIC_OPEN = ['这个', '这种', '那个', '这块', '这方面'].map(n)
function topicOpens(text: string, at: number): boolean {
  const w = endingAt(text, at, TOPIC_OPEN)
  return w !== undefined && (at === w.length || OPENERS.has(text[at - w.length - 1]!))
}
/** cu35: a proxy taking the parcel in (代收, 帮忙签收; class proxy.receive) right after the party. */
const PROXY = classWords('proxy.receive', 'rules/curt-reply/party.ts').map(n)
/** What the buyer is sent to claim from the party: 找物流理赔去. */
const CLAIM = ['理赔', '索赔', '赔偿', '赔', '理论', '投诉'].map(n)
const DIRECT = n('直接')
/** What may close the clause after 您直接问 PARTY besides particles: 您直接找厂家就行. */
const ENOUGH = ['就行', '就好', '就可以'].map(n)
const PRONOUNS = new Set(classWords('party.pronoun', 'rules/curt-reply/party.ts').map(n))
/**
 * cu34: 您直接问鉴定机构吧 / 售后您直接找厂家就行: the buyer told to go straight to a named party, the instruction closing its
 * clause (sets M, BF). Only with 你/您 before 直接 (您可以直接问师傅 and 有问题直接找厂家 offer a way), never to a pronoun (您直接找她拿
 * is the plain handover the pool splits on), and not when the clause goes on (您直接找驿站拿就行 tells where the parcel is).
 */
function directlyYou(text: string, at: number, start: number, end: number): [number, number] | undefined {
  if (!text.startsWith(DIRECT, at - DIRECT.length)) return undefined
  const i = at - DIRECT.length
  const you = endingAt(text, i, YOU)
  if (!you || byAgent(text, i - you.length) || PRONOUNS.has(text.slice(start, end))) return undefined
  // mendA30: a place that holds the parcel (驿站, 物业, 门卫, 快递柜) or the shop's own 师傅 is where the buyer gets help, not a
  // party the shop hands the problem to (您直接找门卫就行，东西我们放在门卫那边了).
  if (HOLDERS.some((w) => text.slice(start, end).endsWith(w))) return undefined
  const enough = ENOUGH.find((w) => text.startsWith(w, end))
  // mendA30: …and, with a clause after it in the sentence, only when that clause holds no help of the shop's own (，费用我们来出,
  // ，报告拍给我): the party's own number after it (，厂家电话…: M) still hands the buyer off.
  const close = end + (enough?.length ?? 0)
  if (!closesClause(text, close)) return undefined
  if (closesSentence(text, close)) return [i - you.length, end]
  const follow = followUp(text, close)
  return HELP_AFTER.some((w) => follow.includes(w)) ? undefined : [i - you.length, end]
}

/** mendA30: the shop's own help in the clauses after the instruction (我们来出, 帮您, 发给我). */
const HELP_AFTER = ['我们', '我这边', '我这里', '我帮', '我来', '帮您', '帮你', '给您', '给你', '发我', '给我', '告诉我', '联系我'].map(n)
/** How far after the instruction its follow-up is read (a clause or two of one sentence). */
const HELP_REACH = 40
/** The rest of the sentence after `from`, at most HELP_REACH characters: read once for every help word. */
function followUp(text: string, from: number): string {
  let k = from
  for (const stop = Math.min(text.length, from + HELP_REACH); k < stop && !SENTENCE_STOPS.has(text[k]!); ) k++
  return text.slice(from, k)
}

/** mendA30: parties that hold the buyer's parcel or are the shop's own installer (read by directlyYou). */
const HOLDERS = ['驿站', '物业', '门卫', '快递柜', '丰巢', '师傅', '保安', '前台', '收发室'].map(n)
const SENTENCE_STOPS = new Set([...n('.!?;\n'), '。', '…', '\n'])
/** mendA30: only particles after the party up to the end of its sentence or reply (问鉴定机构吧。), not a comma and more. */
function closesSentence(text: string, end: number): boolean {
  let j = end
  while (j < text.length && CLOSERS.has(text[j]!)) j++
  if (j === text.length) return true
  if (!OPENERS.has(text[j]!)) return false
  // Marks and spaces to the next character: the reply may end there (找厂家就行~ ) or a sentence close.
  let k = j
  while (k < text.length && OPENERS.has(text[k]!) && !SENTENCE_STOPS.has(text[k]!)) k++
  return k === text.length || SENTENCE_STOPS.has(text[k]!)
}

/** cb25: only particles (and a trailing 去) after the party up to the end of its clause or reply: 要问快递公司。 */
function closesClause(text: string, end: number): boolean {
  let j = end
  while (j < text.length && CLOSERS.has(text[j]!)) j++
  return j === text.length || OPENERS.has(text[j]!)
}

/**
 * 找厂家 / 问快递去吧 as a clause of its own: nothing before it in its clause and only particles
 * after the party. 找厂家确认一下 and 问快递的话 go on, so they are not the whole instruction.
 */
function bareImperative(text: string, from: number, end: number): boolean {
  if (from > 0 && !OPENERS.has(text[from - 1]!)) return false
  let j = end
  while (j < text.length && CLOSERS.has(text[j]!)) j++
  return j === text.length || OPENERS.has(text[j]!)
}

/** At most this many characters name the trouble before a bare (找|问) PARTY opening the reply (信号问运营商). */
const FIRST_TOPIC = 4
/** What a named trouble is not: an adverb, an aspect, a pronoun, a helper or a demonstrative (已经问物流, 我们问厂家, 这个找…). */
const LE = n('了')
const NOT_TOPIC = new Set([...n('已刚在也都还再先会要帮给替我们您你他她了过着就才又正让请去可能这那个')])
/**
 * 信号问运营商，… / 缺零件找物流，…: a short trouble named at the very start of the reply (a noun, cu22), then the bare
 * imperative closing its clause — the buyer's trouble answered by sending them on, as TOPIC's 质量问题找厂家 is.
 */
function namedFirst(text: string, from: number, end: number): boolean {
  if (from > FIRST_TOPIC) {
    const open = clauseOpen(text, from)
    return afterDesk(text, open) && namedFirst(text.slice(open), from - open, end - open)
  }
  if (from < 2) return false
  // cb24: the trouble as a condition with 了 (坏了找物流, 少了问仓库): 了 may close it, after a trouble of its own.
  const head = text[from - 1] === LE && from >= 2 ? from - 1 : from
  for (let k = 0; k < head; k++) if (!HAN.test(text[k]!) || NOT_TOPIC.has(text[k]!)) return false
  let j = end
  while (j < text.length && CLOSERS.has(text[j]!)) j++
  return j === text.length || OPENERS.has(text[j]!)
}

/** cu37 (CB 售前/售后): the agent naming its own desk (我是售前, 我只负责售后; class desk.self.named). */
const DESK = classWords('desk.self.named', 'rules/curt-reply/party.ts').map(n)
/** Where the clause holding `at` opens: just after the last opener mark before it. */
function clauseOpen(text: string, at: number): number {
  let k = at
  while (k > 0 && !OPENERS.has(text[k - 1]!)) k--
  return k
}
/**
 * cu37: 我是售前，退货找售后 — the clause before the one opening at `open` is the agent's own desk named (then only marks between): the
 * trouble then sent to the other desk is the same bare imperative as at the start of the reply.
 */
function afterDesk(text: string, open: number): boolean {
  let k = open
  while (k > 0 && OPENERS.has(text[k - 1]!)) k--
  while (k > 0 && CLOSERS.has(text[k - 1]!)) k--
  return open > 0 && endingAt(text, k, DESK) !== undefined
}

/** How many characters may name which party (苹果售后, 手机厂家, 钓鱼群). */
const QUALIFIER = 4
const HAN = /\p{Script=Han}/u
/**
 * 你去找苹果售后 / 配件问题去找手机厂家 / 你问钓鱼群去: the party named with a brand or a kind before it
 * (sets K, S). Only with the buyer or 去 as the one sent (我们去找本地厂家 is the agent), and only 找 / 问.
 */
function qualified(text: string, start: number, end: number): [number, number] | undefined {
  for (let k = 1; k <= QUALIFIER; k++) {
    const j = start - k
    // 你找的师傅 / 你问过的厂家: a relative clause about the buyer's earlier act, nobody sent anywhere.
    if (j < 1 || !HAN.test(text[j]!) || NOT_QUALIFIER.has(text[j]!)) return undefined
    const ask = endingAt(text, j, SEND)
    if (!ask) continue
    let i = j - ask.length
    const go = text[i - 1] === GO
    if (go) i--
    const self = endingAt(text, i, [SELF]) !== undefined
    if (self) i -= SELF.length
    const you = endingAt(text, i, YOU)
    if (you) i -= you.length
    const goAfter = text[end] === GO
    if (!(you || go || goAfter) || byAgent(text, i)) return undefined
    return [i, goAfter ? end + 1 : end]
  }
  return undefined
}
const SEND = ['找', '问问', '问'].map(n)
const NOT_QUALIFIER = new Set([...n('的了过着')])

/** 你去拼多多买吧, 去银行查吧, 去平台投诉: what the buyer is sent there to do. */
const THERE_VERBS = ['投诉', '申请', '处理', '买', '查', '问', '办', '弄'].map(n)
const DONT = ['别', '不要', '不用', '莫', '不'].map(n)
/**
 * 你去拼多多买吧 / 去银行查吧: the buyer sent to another seller or party to do it themselves (not
 * 我们去厂家买, the agent).
 */
function buyThere(text: string, start: number, end: number): [number, number] | undefined {
  const verb = THERE_VERBS.find((w) => text.startsWith(w, end))
  if (text[start - 1] !== GO || !verb) return undefined
  let i = start - 1
  // 别去虾皮买，那边都是仿的: a warning against buying there, not the buyer sent away.
  if (endingAt(text, i, DONT)) return undefined
  const you = endingAt(text, i, YOU)
  if (you) i -= you.length
  return byAgent(text, i) ? undefined : [i, end + verb.length]
}

const IS = n('是')
const NOT = n('不')
const BUSINESS = ['的事情', '的事儿', '的事'].map(n)
/** cu37: the party's side or department said between it and 的事 (快递那边的事, 售后部门的事). */
const SIDE = ['那边', '那里', '部门', '方面'].map(n)

/**
 * 那是厂家的事: the trouble handed to the party (这不是快递的事 says the opposite). Without 是 only as the
 * whole reply (仓库的事。 answering 三天了还没发货): 仓库的事我帮您催 and 售后的事，您在订单页申请就行 go on.
 */
function theirBusiness(text: string, start: number, end: number): [number, number] | undefined {
  // cu37: the party's side between (那是快递那边的事, 发货是仓库那边的事): the same business handed over.
  const side = SIDE.find((w) => text.startsWith(w, end))
  if (side) end += side.length
  const business = BUSINESS.find((w) => text.startsWith(w, end))
  if (!business) return undefined
  if (text[start - 1] === IS) return text[start - 2] === NOT ? undefined : [start - 1, end + business.length]
  return wholeReply(text, start, end + business.length) ? [start, end + business.length] : undefined
}

/** Before a bare 仓库的事 as the whole reply: openers, the address and 那 / 这 (亲，那是…, 那仓库的事). */
const LEAD = new Set([...n('那这亲哦嗯,.!?;:、 \n~')])
/**
 * 仓库的事 / 亲，快递的事哦 as the whole reply: a topic said bare hands the trouble over; the same words before
 * a comma usually open an answer (售后的事，您在订单页申请就行), so only the whole reply counts.
 */
function wholeReply(text: string, from: number, to: number): boolean {
  for (let i = 0; i < from; i++) if (!LEAD.has(text[i]!)) return false
  for (let i = to; i < text.length; i++) if (!CLOSERS.has(text[i]!) && !OPENERS.has(text[i]!)) return false
  return true
}

/** [你|您] [自己] 跟 PARTY 沟通: the buyer told to sort it out with the party themselves. */
function talkWith(text: string, start: number, end: number): [number, number] | undefined {
  const withWord = endingAt(text, start, WITH)
  const talk = TALK.find((w) => text.startsWith(w, end))
  if (!withWord || !talk) return undefined
  let i = start - withWord.length
  // 自己去跟快递说: a 去 between the buyer and 跟 (我去跟快递说 is the agent, read by byAgent).
  if (text[i - 1] === GO) i--
  const self = endingAt(text, i, [SELF]) !== undefined
  if (self) i -= SELF.length
  const you = endingAt(text, i, YOU)
  if (you) i -= you.length
  if ((!you && !self) || byAgent(text, i)) return undefined
  return [i, end + talk.length]
}
