/**
 * A deterministic corpus of shop-agent replies for the benchmark. Same seed, same replies,
 * on every machine: the figures of two runs are comparable.
 *
 * The mix follows what real chat logs look like: mostly short, clean, polite replies; some
 * with a problem (promise, slang, exaggeration, blame) or with a trap that must not be
 * flagged (不能保证, 保证金, 第一时间…); Traditional and full-width variants; Latin tokens,
 * emoji, prices, order and tracking numbers; lengths 5–80 characters with a few long ones.
 */
import { Converter } from 'opencc-js'

/** mulberry32: tiny, fast, good enough to pick templates. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GREETING = ['亲，', '亲亲，', '您好，', '好的亲，', '在的亲，', '亲爱的，', '嗯嗯，', '收到，', '不好意思亲，', '抱歉哈，', '您好呀，', '']

// `{…}` slots are filled per reply, so the same template yields many distinct strings.
const CLEAN = [
  '这款是{color}的，{size}码偏小一码，建议拍大一码哦',
  '您的订单已经发货了，快递单号是{tracking}，请注意查收',
  '订单号{order}已经帮您备注了',
  '{n}天内可以无理由退换货的',
  '我们这边会尽快给您安排发货',
  '这个是{price}元包邮的',
  '面料是{pct}%棉，可以机洗的',
  '支持Type-C快充，充满大概{n}小时',
  '可以看下详情页的尺码表哦',
  '已经帮您催促快递了，请耐心等待一下',
  '麻烦提供一下订单号，我帮您查询',
  '退款已经原路退回，{n}个工作日内到账',
  '这边给您申请补发了，单号稍后同步给您',
  '收到您的反馈，我们会跟进处理的',
  '下午{n}点前下单当天发货',
  'SKU是{sku}，库存还有{n}件',
  'iPhone 15 Pro的壳子在第二个链接',
  '这款支持NFC的哦',
  '好的呢',
  '感谢您的支持',
  '稍等，我帮您看一下',
  '地址已经帮您修改好了',
  '这款现在有活动，满{price}减{n}',
  '您身高{height}体重{weight}斤的话建议选{size}码',
  '发的是{courier}，一般{n}天左右到',
  '赠品会随商品一起寄出的',
  '颜色以实物为准，会有轻微色差',
  '拍下后备注颜色就可以了',
  '可以开电子发票的，下单时填写抬头',
  '这个是APP专享价',
  '好的，已经登记了',
  'OK的亲',
  '请问还有什么可以帮您的吗？',
  '祝您生活愉快',
  '已为您转接售后专员',
  '这款是{size}码，肩宽{n}厘米',
  '电池容量{n}000mAh，支持{n}W快充',
  '型号是{model}，兼容USB-C接口',
]

// Replies a reviewer would not underline although they contain a lexicon word.
const TRAPS = [
  '不能保证明天一定到，我们会尽量帮您催促',
  '无法保证快递时效哦',
  '有一定的色差属于正常现象',
  '请您一定要在签收前检查包裹',
  '第一时间给您处理',
  '这是最后一件了',
  '最快明天到',
  '您最好先量一下尺寸',
  '是国家标准的一级能效',
  '不是您的问题，是我们发错了',
  '这个需要交保证金',
  '包邮哦亲',
  '确定收货后就可以评价了',
  '绝大部分地区三天左右到',
  '这是您第一次购买吗？',
  '最近单量比较大，发货会慢一点',
  '您可以看一下详情页的尺码表',
  '不一定明天到，要看快递',
  '100%棉的面料',
  '哈哈，好的',
]

const PROMISE = [
  '肯定明天到的', '保证不掉色', '绝对正品', '一定给您送到', '百分百满意', '100%不过敏', '包您满意',
  '铁定合身', '永远不会坏', '明天肯定给您发货', '这款绝对不会掉色的', '配送一定给您配送到', '我给您打包票',
  '保准您喜欢', '我们的宝贝质量是保证的哦', '一定会帮您处理好',
]
const SLANG = [
  'yyds', '绝绝子', '酱紫的话就可以啦', '木有问题', '灰常好用', 'xswl', '集美们冲鸭', '栓Q', 'u1s1真的好看',
  '家人们谁懂啊', '宝子们闭眼入', '手慢无', '尊嘟假嘟', '好滴', '么么哒', '康康这款', '神马问题都木有', 'awsl',
  '这个价格血亏', '泰裤辣', 'nbcs', 'hhh', '666',
]
const CLAIM = [
  '全网最低价', '销量第一', '顶级面料', '国家级品质', '根治脱发', '无副作用', '史上最强', '秒杀一切',
  '行业No.1', '独一无二的设计', '专家推荐', '药到病除', '特效祛斑', '最好的选择', '万能充电器',
]
const BLAME = [
  '你自己没看详情页吗', '谁让你不看清楚', '我不是说过了吗', '签收前为什么不验货', '您自己没选对尺码吧',
  '我说了多少遍了', '是你自己填错地址了', '这是你的问题', '跟我们没关系', '你听不懂吗', '详情页写得很清楚',
  '难道你没收到短信吗', '您自己没有及时确认收货，系统才关闭的',
]

const CLOSING = ['', '', '', '哦', '呢', '~', '！', '。', '哈', '呀', '的']
const EMOJI = ['😊', '🙏', '👍🏻', '❤️', '🌹', '😂', '[微笑]', '🎉', '👌', '💕']
const COLORS = ['白色', '黑色', '杏色', '雾霾蓝', '酒红色', '卡其色']
const SIZES = ['S', 'M', 'L', 'XL', 'XXL', '36', '38', '40']
const COURIERS = ['顺丰', '中通', '圆通', '韵达', '京东快递', 'EMS']

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)]
}

function digits(rand, n) {
  let s = String(1 + Math.floor(rand() * 9))
  for (let i = 1; i < n; i++) s += Math.floor(rand() * 10)
  return s
}

function fill(rand, template) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'color': return pick(rand, COLORS)
      case 'size': return pick(rand, SIZES)
      case 'tracking': return pick(rand, ['SF', 'YT', 'ZTO', 'JD']) + digits(rand, 12)
      case 'order': return digits(rand, 18)
      case 'n': return String(1 + Math.floor(rand() * 30))
      case 'price': return String(9 + Math.floor(rand() * 990)) + (rand() < 0.2 ? '.9' : '')
      case 'pct': return String(60 + Math.floor(rand() * 41))
      case 'sku': return 'KF-' + digits(rand, 6)
      case 'height': return String(150 + Math.floor(rand() * 40))
      case 'weight': return String(85 + Math.floor(rand() * 90))
      case 'courier': return pick(rand, COURIERS)
      case 'model': return pick(rand, ['A', 'X', 'Pro', 'M']) + digits(rand, 3)
      default: return slot
    }
  })
}

const toTraditional = Converter({ from: 'cn', to: 'tw' })
const traditionalCache = new Map()
function traditional(s) {
  let t = traditionalCache.get(s)
  if (t === undefined) traditionalCache.set(s, (t = toTraditional(s)))
  return t
}

function fullWidth(s) {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

function body(rand) {
  const r = rand()
  // Roughly: 62% clean, 12% traps, 26% with a problem of some kind.
  if (r < 0.62) return fill(rand, pick(rand, CLEAN))
  if (r < 0.74) return pick(rand, TRAPS)
  if (r < 0.82) return pick(rand, PROMISE)
  if (r < 0.89) return pick(rand, SLANG)
  if (r < 0.95) return pick(rand, CLAIM)
  return pick(rand, BLAME)
}

/** One reply: greeting, one to three clauses, a closing particle, sometimes an emoji. */
export function reply(rand) {
  let s = pick(rand, GREETING)
  const parts = 1 + Math.floor(rand() * rand() * 3.2)
  for (let i = 0; i < parts; i++) s += (i ? pick(rand, ['，', '。', '，', ' ', '！']) : '') + body(rand)
  s += pick(rand, CLOSING)
  if (rand() < 0.15) s += pick(rand, EMOJI)
  const v = rand()
  if (v < 0.07) s = traditional(s)
  else if (v < 0.1) s = fullWidth(s)
  else if (v < 0.12) s = s.replace(/[a-z]+/g, (w) => w.toUpperCase())
  else if (v < 0.125) s = s.replace(/(.)(.)/u, '$1\u200b$2')
  return s
}

/** A long message (pasted policy, several answers at once): 200–2,000 characters. */
export function longReply(rand) {
  const target = 200 + Math.floor(rand() * 1800)
  let s = ''
  while (s.length < target) s += reply(rand) + pick(rand, ['\n', '。', '！', '\n\n'])
  return s
}

/** `count` replies from `seed`; about one in a hundred is long. */
export function makeCorpus(count = 100_000, seed = 20240601) {
  const rand = prng(seed)
  const out = new Array(count)
  for (let i = 0; i < count; i++) out[i] = rand() < 0.01 ? longReply(rand) : reply(rand)
  return out
}

/** A single text of about `chars` characters: replies joined by line breaks. */
export function makeDocument(chars, seed = 7) {
  const rand = prng(seed)
  let s = ''
  while (s.length < chars) s += reply(rand) + '\n'
  return s.slice(0, chars)
}

/**
 * A worst case for per-hit work: every clause holds a problem or a trap, ~one hit every
 * six characters, for every rule at once.
 */
export function makeDenseDocument(chars, seed = 11) {
  const rand = prng(seed)
  const kinds = [PROMISE, SLANG, CLAIM, BLAME, TRAPS]
  let s = ''
  for (let i = 0; s.length < chars; i++) s += pick(rand, kinds[i % kinds.length]) + pick(rand, ['，', '。', '！', '\n'])
  return s.slice(0, chars)
}


/**
 * The dense document as one run-on sentence: clauses joined by commas only, no sentence end. Work
 * bounded by the sentence (its start, its end, what else it holds) is unbounded here, so a
 * per-hit walk over the sentence or the rest of the text shows up as a cost per character that
 * grows with the length (a pasted block without stops; fuzzed 100k replies hit two such walks).
 */
export function makeRunOnDocument(chars, seed = 13) {
  const rand = prng(seed)
  const kinds = [PROMISE, SLANG, CLAIM, BLAME, TRAPS]
  let s = ''
  for (let i = 0; s.length < chars; i++) s += pick(rand, kinds[i % kinds.length]).replace(/[。！？!?；;\n]/g, '，') + pick(rand, ['，', '、', ''])
  return s.slice(0, chars)
}

/** The customer questions of bench/cli-bench.mjs's transcript (keep its draws in step). */
export const QUESTIONS = [
  '这个什么时候发货', '能保证明天到吗', '洗了会不会掉色啊', '尺码偏大还是偏小', '有赠品吗', '可以便宜点吗', '在吗',
  '快递到哪了', '我买的衣服起球了怎么办', '敏感肌能用吗', '能开发票吗', '为什么还没发货', '这个是正品吗', '好的谢谢',
]

/**
 * The agent replies of bench/cli-bench.mjs's transcript over its first `lines` lines, same seed
 * and same draws (keep the two in step), each as [line number, reply, the customer's turn before
 * it in its session] (consecutive customer turns joined by a line break, as src/cli/agent.ts does).
 */
export function* transcriptReplies(lines) {
  const rand = prng(20240601)
  let left = 0
  let agent = false
  let customer
  for (let i = 0; i < lines; i++) {
    if (left === 0) {
      left = 4 + Math.floor(rand() * 9)
      agent = false
      customer = undefined
    }
    if (agent) yield [i + 1, reply(rand), customer?.text]
    else {
      const text = QUESTIONS[Math.floor(rand() * QUESTIONS.length)]
      customer = customer && !customer.answered ? { text: `${customer.text}\n${text}`, answered: false } : { text, answered: false }
    }
    if (agent && customer) customer.answered = true
    agent = !agent || rand() < 0.2
    left--
  }
}

/** The first `count` agent replies of the CLI bench's transcript as [text, previous], the customer's turn before each. */
export function transcriptCorpus(count) {
  const out = []
  // Lines run out long before: about half of them are agent replies.
  for (const [, text, previous] of transcriptReplies(count * 4)) {
    out.push([text, previous])
    if (out.length === count) break
  }
  return out
}
