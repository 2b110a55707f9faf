import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 22, lane cu22 (issue 8): curt-reply read as speech-act pairs against the previous turn, with the words
 * reaching the rule only through shared classes (src/vocab/classes.yaml, `# --- cu22 ---`). The sentences are ours.
 */
describe('curt-reply: a service refused flat (refusal.service)', () => {
  checkKinds(
    'curt-reply',
    [
      // A thin category, then the service refused, with no previous turn at all.
      ['易耗件，不补。', undefined, '易耗件，不补', 'warning'],
      ['特价款，不赔', undefined, '特价款，不赔', 'warning'],
      ['手柄摇杆换不了。', undefined, '手柄摇杆换不了', 'warning'],
      // To a can-question: a refusal, not a fact told.
      ['刻不了。', '能帮忙刻个名字吗', '刻不了', 'warning'],
      ['不管拆装。', '师傅可以顺便帮忙拆旧的吗', '不管拆装', 'warning'],
      // To a request, a thin reason + a refused service the old tails did not know.
      ['活动价，不保。', '价保能申请一下吗，今天便宜了', '活动价，不保', 'warning'],
    ],
    [
      // A reason said as a reason, a condition, a hedge, a path, a polite particle: an answer.
      ['偏远地区就送不了'],
      ['已经发货了改不了'],
      ['一般不退'],
      ['易耗件不保修，不过可以给您寄个新的'],
      ['不保修的哦'],
      // A question whether something happens is answered by a stark no; negation about the goods is no refusal.
      ['不会。', '这条裙子洗了会起球吗'],
      ['不保证。', '保证明天到吗'],
      // Quoted, not said to the buyer.
      ['您说的“不赔”是哪位同事说的'],
      // 保证金 / policy statement with a reason.
      ['保证金不退，因为是押金'],
    ],
  )
})

describe('curt-reply: a complaint met with "that is how it is" (normalise.trait / denial / asis)', () => {
  checkKinds(
    'curt-reply',
    [
      ['酱菜就是咸的。', '这个酱菜太咸了', '就是咸的', 'warning'],
      ['秤是准的', '你们发的苹果少了一斤', '是准的', 'warning'],
      ['荔枝就这样，大小看运气', '荔枝好多都是小的，太少了吧', '就这样', 'warning'],
      ['出库时都是齐的。', '少了两个挂钩', '都是齐的', 'warning'],
      ['雨季都这样。', '红枣收到有点受潮', '都这样', 'warning'],
    ],
    [
      // The trait restated with what settles it, or with the shop acting on it.
      ['酱菜就是咸的，泡水半小时就会淡一些', '这个酱菜太咸了'],
      ['秤是准的，我帮您查一下出库重量', '你们发的苹果少了一斤'],
      // Not a complaint: a question about the trait is answered by it.
      ['是准的', '你们的秤准吗'],
      ['就是咸的', '这个酱菜是咸的还是甜的'],
      // The buyer doubted with a question is blame's reading, not this rule's.
      ['您确定少了吗？出库时是齐的', '少了两个挂钩'],
      // A closing after thanks.
      ['就这样吧，祝您生活愉快', '好的谢谢'],
    ],
  )
})

describe('curt-reply: the asking reproached, stopped or refused (retort.ask, stop.asking, refuse.answer)', () => {
  checkKinds(
    'curt-reply',
    [
      ['先把教程看完再来问', undefined, '看完再来问', 'warning'],
      ['页面写得明明白白，看了还问', undefined, '看了还问', 'warning'],
      ['不要再催了', '到底什么时候发', '不要再催了', 'warning'],
      ['别在这儿刷屏', undefined, '别在这儿刷屏', 'warning'],
      ['这些问题我就不一一解答了', undefined, '不一一解答', 'warning'],
      ['没空一个个教', undefined, '没空一个个教', 'warning'],
    ],
    [
      // The agent asking, advice to look first with help, and the shop's own fault owned.
      ['我看完再来问仓库，稍后回复您'],
      ['您可以先看一下教程，有不明白的随时问我'],
      ['我们这边不一一列出了，清单我直接发您'],
      ['少发了一个，是我们的问题，马上补寄'],
    ],
  )
})

describe('curt-reply: take it or leave it, sent elsewhere (A不A 随你, elsewhere.go, 不X就算了)', () => {
  checkKinds(
    'curt-reply',
    [
      ['买不买随您。', undefined, '买不买随您', 'warning'],
      ['要不要随你便', undefined, '要不要随你便', 'warning'],
      ['嫌贵你就去别的店买吧', undefined, '去别的店买', 'warning'],
      ['人为损坏要收费，不修就算了', undefined, '不修就算了', 'warning'],
      ['坏了别来找我们', undefined, '别来找我们', 'warning'],
    ],
    [
      // A choice offered with help, a condition placed on the customer, a warning about another shop.
      ['用不用都可以，我把说明发您参考'],
      ['需要大尺寸的话可以去别家看看，我们最大只有1.5米'],
      ['不满意就算了，我们给您全额退款'],
      ['别家买的出了问题到时候别来找我们哦'],
    ],
  )
})

describe('curt-reply: pointers read against what was asked (place.written, party named first)', () => {
  checkKinds(
    'curt-reply',
    [
      ['成分表写着呢', '这个精华孕妇能用吗', '成分表写着', 'warning'],
      ['袋子上有写。', '这个面条怎么煮', '袋子上有写', 'warning'],
      ['网络问运营商，我们只负责卖卡。', '这张卡怎么没网', '问运营商', 'warning'],
    ],
    [
      // The answer follows the pointer; the agent asks; a topic the agent acts on.
      ['成分表写着呢，孕期建议先问医生', '这个精华孕妇能用吗'],
      ['袋子上有写，水开后煮三分钟就行', '这个面条怎么煮'],
      ['刚问运营商，说明天恢复', '这张卡怎么没网'],
      ['退款的事情我帮您跟进，今天会有结果'],
    ],
  )
})
