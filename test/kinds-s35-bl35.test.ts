import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 35 (thirty-first brief), lane bl35: blame-customer built as constructions rather than sentences — the buyer named as
 * the cause of the trouble (fixtures/eval/lanes-s31/LANE-bl35.md, /work/notes/kinds31/bl35.md). The sentences are ours. Traps: the
 * shop owning the fault, advice or an instruction before the fact, a question about facts, a guess about the shop's own error,
 * help after a guess, a condition, a reassurance with 当然, 有没有 as a question.
 */
describe('blame-customer: the buyer\'s act or omission, a result word, a result not reached (any verb + 不 + a complement)', () => {
  checkKinds(
    'blame-customer',
    [
      ['保护贴您没揭掉，屏幕当然摸着不灵。', undefined, '您没揭掉', 'error'],
      ['滤芯您没拧到底，当然抽不上水来。', undefined, '您没拧到底', 'error'],
      ['您捏了半天当然夹不住，这个要轻轻推。', undefined, '您捏了半天', 'error'],
      ['您把它放暖气片上烤了一晚上，所以才裂的，这个我们处理不了。', undefined, '您把它放暖气片上烤了一晚上', 'error'],
      // A question in a later clause leaves the consequence stated.
      ['您夹一下就松手当然扣不牢，明白了吗？', undefined, '您夹一下就松手', 'error'],
      // A generality that names this buyer is no condition.
      ['一般都是您家插座接触不好造成的', '插上没反应', '一般都是您家插座接触不好造成', 'warning'],
    ],
    [
      // Advice before the fact, the shop's own omission owned, a reassurance with 当然, a generality with nobody named.
      ['使用前请先揭掉保护贴，不然触摸会不灵。'],
      ['是我们打包时没放缓冲棉，所以才压坏了，真抱歉。'],
      ['您放心用，我们当然少不了您的赠品'],
      ['一般是家里水压太高造成的，建议装个减压阀'],
    ],
  )
})

describe('blame-customer: a complaint made late after an act of the buyer\'s done first (V了 / V完 … 才说)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你拆完包装才来说少了螺丝', '少了螺丝', '才来说', 'error'],
      ['您装好用了三天才说尺寸不对', '尺寸不对', '才说', 'error'],
    ],
    [
      // A permission, with help after.
      ['您拆完包装再来说也行，我们都给您处理'],
      ['我们收到退货后才联系您，抱歉'],
    ],
  )
})

describe('blame-customer: a guess that makes the buyer the cause, beside a fault complaint or a defence of the goods', () => {
  checkKinds(
    'blame-customer',
    [
      ['是不是您洗的时候水太烫了？我们这批面料都是测过缩水率的。', '衣服缩了', '您洗的时候水太烫', 'warning'],
      ['是不是您晾的时候暴晒了？', '颜色发白了', '您晾的时候暴晒了', 'warning'],
      ['你是不是放了一个礼拜才打开的？', '里面都发霉了', '你是不是放了一个礼拜才打开的', 'warning'],
      // Bad faith suspected, with or without a question mark.
      ['您是不是故意找茬呀', undefined, '您是不是故意找茬', 'error'], // blame40: the intent accusation names who (judge intent)
    ],
    [
      // Facts of the order, the shop's own error guessed, a guess with help after it.
      ['请问您是哪天收到的？我这边帮您登记。', '坏了'],
      ['是不是我们仓库发错颜色了？我马上查一下。', '颜色不对'],
      ['是不是您换了手机号了？', '验证码收不到'],
      ['您是不是还没收到？', '坏了'],
      ['是不是您晾的时候暴晒了？我给您补发一件。', '颜色发白了'],
    ],
  )
})

describe('blame-customer: the document not read, asked back (the document put first with 都 / 也), and not understanding asked back', () => {
  checkKinds(
    'blame-customer',
    [
      ['安装步骤说明书也没看吗？', '装不上', '说明书也没看', 'error'],
      ['包装盒背面印着呢，您都不看一眼的吗？', undefined, '您都不看一眼的吗', 'error'],
      ['拆了就是拆了，卫生用品，你不懂吗', '能退吗', '你不懂吗', 'error'],
    ],
    [
      // The page sent again, the shop's page owned as unclear, 有没有 as a question, an offer to explain.
      ['包装盒背面有步骤图，我再拍一张清楚的发您。'],
      ['是我们详情页没写明白，给您添麻烦了。'],
      ['说明书有没有在盒子里？我帮您确认一下'],
      ['您不懂的地方我再给您讲一遍'],
    ],
  )
})

describe('blame-customer: blame after an apology turned (不过 / 但), and the pointer that informs', () => {
  checkKinds(
    'blame-customer',
    [
      ['不好意思哈，不过您泡了一整夜当然会掉色。', undefined, '您泡了一整夜', 'error'],
      ['抱歉哦，但您没擦干就收起来，当然会发霉。', undefined, '您没擦干就收起来', 'error'],
    ],
    [
      // The shop owning the fault, a question about facts inside an apology, advice to check before buying (有没有 asks),
      // the shop owning that it did not remind, the pointer followed by a way out.
      ['不好意思，是我们发货时漏放了配件，马上给您补寄。'],
      ['抱歉，请问您是哪天签收的？我帮您申请。'],
      ['您买之前可以对比下有没有官方授权标识。'],
      ['下单前建议先量一下脚长，选码更准。'],
      ['非常抱歉让您久等了，页面标了十天发货，可能我们没有提醒到位，明天一定发出', '怎么还不发货'],
      ['退换政策详情页有提示。您收到后先别拆封，不合适原样寄回就行'],
    ],
  )
})
