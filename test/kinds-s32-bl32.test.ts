import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32 (twenty-eighth brief), lane bl32: blame-customer's first-sight misses and false alarms on BA and BB, grouped into
 * kinds with members from at least two sources (fixtures/eval/lanes-s28/LANE-bl32.md). The sentences are ours. Traps: a plain
 * question, help or an offer after, a condition, the agent's own asking, the shop owning it, a third party asked, advice.
 */
describe('blame-customer: the buyer\'s own pick or entry said to lack or miss (您自己填的地址少了门牌号)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您自己填的收件人电话少了一位，快递打不通', undefined, '自己填的', 'warning'],
      ['您自己选的接口跟您的电脑对不上，这个要您自己核对', undefined, '自己选的', 'warning'],
      ['您自己拍的视频根本看不清哪里坏了，所以审核没过', undefined, '自己拍的', 'warning'],
      // Clefted, the fault judge reports it as before (少写, an error).
      ['是您自己填的门牌号少写了一个数字', undefined, '少写', 'error'],
    ],
    [
      // No fault said of the pick, a condition, help after, the shop's own entry.
      ['您自己选的颜色很衬肤色'],
      ['如果您自己填的地址少了门牌号，可以在订单里改一下'],
      ['您自己填的地址少了门牌号，我帮您联系快递改一下'],
      ['我们自己填的单号少了一位，已经改好了'],
    ],
  )
})

describe('blame-customer: used or fitted already, and still the no-reason return or the warranty claimed', () => {
  checkKinds(
    'blame-customer',
    [
      ['您贴都贴上了，膜也撕了，这还能算无理由？', '我要七天无理由', '还能算无理由', 'error'],
      ['自行车都骑出去跑了好几十公里了，还走无理由不合适吧？', undefined, '还走无理由', 'error'],
      ['表带都戴断了还想保修？', '表带断了能保修吗', '还想保修', 'error'],
    ],
    [
      // Asked plainly with 吗, a condition, policy that it still counts.
      ['收到了还走无理由吗？'],
      ['您用过了还想走无理由吗？我帮您申请看看'],
      ['还想保修的话把发票拍给我'],
      ['这款还算无理由范围内，您放心'],
    ],
  )
})

describe('blame-customer: the question held to have been asked already, the buyer sent up the chat', () => {
  checkKinds(
    'blame-customer',
    [
      ['这个问过了，往上翻就有', undefined, '问过了', 'error'],
      ['发货时间前面问过了，您自己往上翻翻聊天记录', undefined, '前面问过了', 'error'],
    ],
    [
      // The agent's own asking, no pointer up the chat, help after it.
      ['我帮您问过了，仓库说周五发'],
      ['这个我问过了，往上翻能看到仓库的回复'],
      ['您之前问过了，我再给您发一遍，往上翻也能看到'],
      ['您问过了吗'],
    ],
  )
})

describe('blame-customer: a habit guessed about the buyer after the trouble is called normal', () => {
  checkKinds(
    'blame-customer',
    [
      ['皮面有点干裂很正常，您是不是经常拿暖风吹啊', undefined, '您是不是经常拿暖风吹啊', 'warning'],
      ['漆面掉色是正常的，您是不是天天用酒精擦？', undefined, '您是不是天天用酒精擦', 'warning'],
    ],
    [
      // A condition, help after, no habit and nothing done, nothing cleared before.
      ['发黄很正常，如果您经常晒太阳会更快一点'],
      ['有点色差很正常，您是不是经常在灯下看？我帮您拍一张自然光的'],
      ['您是不是经常出差呀？可以选自提柜'],
    ],
  )
})

describe('blame-customer: a fault stated, then "don\'t you know" asked back in a later clause', () => {
  checkKinds(
    'blame-customer',
    [['鱼死了是您喂得太多了，鱼食一天一次的您不知道吗', undefined, '是您喂得太多', 'error']],
    [
      // The fault asked as a guess itself; the buyer asked whether they know, nothing blamed.
      ['是不是您喂得太多了？'],
      ['这个活动您不知道吗？我发您链接'],
    ],
  )
})

describe('blame-customer: the goods defended with 一般不会 before the buyer\'s omission', () => {
  checkKinds(
    'blame-customer',
    [['抱歉让您久等。这种纸箱正常运输一般不会破，主要是您签收时没有当面检查，现在不好找快递了', undefined, '您签收时没有当面检查', 'warning']],
    [
      // A condition of its own on the buyer's omission; advice.
      ['一般不会破，如果您签收时没有当面检查，可以先拍照给我们'],
      ['正常使用一般不会漏，建议您装的时候拧紧一点'],
    ],
  )
})

describe('blame-customer: a page pointer, then the buyer\'s duty closed as a lecture (…要马上放冰箱的呀)', () => {
  checkKinds(
    'blame-customer',
    [['页面写得清清楚楚是鲜花，收到要马上剪根泡水的呀', undefined, '写得清清楚楚', 'warning']],
    [
      // The pointer with the answer or advice, no lecture tail.
      ['页面写得清清楚楚，收到马上泡水就好'],
    ],
  )
})

describe('blame-customer: blame before a review bargain set as a condition', () => {
  checkKinds(
    'blame-customer',
    [['尺码我们发的没错，是您自己拍错的，不过给个五星的话我可以补寄一双', undefined, '是您自己拍错', 'warning']],
    [
      // The condition on the fault itself.
      ['如果是您自己拍错的，给个好评的话也可以补寄'],
    ],
  )
})

describe('blame-customer: the BB false alarms kept clean (the shop owning it; a third party asked)', () => {
  checkKinds(
    'blame-customer',
    [],
    [
      ['详情页写了定制不退，这是我们下单前没提醒到您，抱歉，这次给您退'],
      ['说明里写了要冷藏，可能我们没有提醒到您，这次给您补发'],
      ['包裹跟邻居的放一起了，您自己问他有没有拿错吧'],
    ],
  )
})
