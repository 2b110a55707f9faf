import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane bl38, session 34: blame-customer kinds from the taxonomy fixtures/eval/kinds/from-misses-B.md (written from the
 * misses of sets BL and BM), in our own words — members other than the taxonomy's examples, Cantonese and zh-TW among them.
 */

// guessed-misuse: more guess heads (莫不是, 怕是, Cantonese 係唔係 / 係咪) and more buyers (侬).
// Traps: A guess about a courier, a question about what the buyer wants, a diagnostic question.
describe('blame-customer kinds B (bl38): k1 guessed-misuse', () => {
  checkKinds(
    'blame-customer',
    [
      ['莫不是您让小孩拿去玩了？', '遥控器按键坏了', '您让小孩拿去玩了', 'warning'],
      ['侬是不是用力拽拉链了？', '拉链坏了', '侬是不是用力拽拉链了', 'warning'],
      ['怕是您过敏体质还用了吧。', '用了脸上起红疹', '是您过敏体质还用', 'warning'],
      ['你係唔係用咗熱水洗呀？', '件衫縮咗', '你係唔係用咗熱水洗', 'warning'],
      ['是不是您拿去烘乾了？我們出貨前都檢查過的。', '毛衣縮水了', '您拿去烘乾了', 'warning'],
      ['係咪你自己摔過呀？', '螢幕裂咗', '你自己摔過', 'error'],
    ],
    [
      ['怕是路上压到了，给您补发一个', '压坏了'],
      ['莫不是快递送错了？我马上查', '没收到'],
      ['你係咪想要黑色？', '有冇黑色'],
      ['方便问下您平时是怎么清洗的吗？我们帮您看看原因', '起球了'],
    ],
  )
})

// buyer-side-cause-verdict: the trouble of the buyer's making (惹的祸), the buyer's pot, Cantonese 係 + 你嘅問題.
// Traps: The shop's own 惹的祸, a cookware 锅 that is the buyer's, variance stated with a remedy.
describe('blame-customer kinds B (bl38): k2 buyer-side-cause-verdict', () => {
  checkKinds(
    'blame-customer',
    [
      ['都是您家电压不稳惹的祸。', '烧了', '您家电压不稳惹的祸', 'error'],
      ['那是你自己的锅，跟产品没关系。', '没效果', '你自己的锅', 'error'],
      ['係你嘅問題啊，我哋冇發錯。', '發錯貨', '你嘅問題', 'error'],
      ['說到底是妳自己的鍋啦。', '用了沒效', '妳自己的鍋', 'error'],
    ],
    [
      ['这款锅是您的锅具里最轻的', '重吗'],
      ['是我们打包惹的祸，马上给您补发', '破了'],
      ['不同屏幕显示会有色差，不满意可以退换', '色差'],
    ],
  )
})

// rhetorical-omission-reproach: Cantonese 做咩唔, X 都不知道吗 (class mock.know.not), a check done first asked back.
// Traps: A claim question, the shop's own not-knowing, a 不会先 that informs, an invitation with 为什么不.
describe('blame-customer kinds B (bl38): k3 rhetorical-omission-reproach', () => {
  checkKinds(
    'blame-customer',
    [
      ['做咩唔量下尺寸先？', '放唔落', '做咩唔量', 'error'],
      ['你连自己穿多大码都不知道吗？', '太小了', '都不知道吗', 'error'],
      ['孩子多高都不清楚吗？', '尺码不对', '都不清楚吗', 'error'],
      ['預購要等這個都不知道嗎？', '怎麼還沒出貨', '都不知道嗎', 'error'],
      ['您就不会先对比一下型号吗？', '买错了', '您就不会先对比一下型号吗', 'error'],
      ['你就不能先核对一下地址吗', '寄错了', '你就不能先核对一下地址吗', 'error'],
    ],
    [
      ['请问签收时拍照了吗？有照片理赔快一些', '破了'],
      ['这个我们都不清楚吗？我帮您问一下仓库', '什么时候到'],
      ['您不会先收到短信的，发货后才有', '什么时候通知'],
      ['为什么不试试我们的新款呢？', '推荐一下'],
    ],
  )
})

// you-still-blame-us: the blame thrown back (还来怪产品, 反倒怪我们, 倒打一耙, 怪邊個, 这也怪我们？, 自作自受).
// Traps: The agent asking whether the buyer still blames them, self-blame with 都怪我们, 怪 as "quite", 奇怪, the buyer quoted.
describe('blame-customer kinds B (bl38): k4 you-still-blame-us', () => {
  checkKinds(
    'blame-customer',
    [
      ['这也怪我们？', '快递晚了两天', '这也怪我们？', 'error'],
      ['自己没看说明书，反倒怪我们', '不会用', '反倒怪我们', 'error'],
      ['自己剪坏了还说质量差，倒打一耙嘛。', '质量差', '倒打一耙', 'error'],
      ['冇跟說明書做，怪邊個啊。', '壞咗', '怪邊個', 'error'],
      ['不盖盖子放了一个月，结块了还来怪产品', '结块了', '还来怪产品', 'error'],
      ['过期了才吃，自作自受嘛', '吃了拉肚子', '自作自受', 'error'],
      ['自己摔的还赖到我们头上', '屏碎了', '还赖到我们头上', 'error'],
      ['说了要冷藏你不听，这只能怪自己了', '坏了', '只能怪自己', 'error'],
    ],
    [
      ['您还怪我们吗？真的很抱歉让您久等了', '算了'],
      ['都怪我们没提醒开罐要密封，给您补一罐', '受潮了'],
      ['这颜色穿上怪好看的～', '好看吗'],
      ['奇怪，系统怎么没显示，我查一下', '没到账'],
      ['您说“这也怪我们？”，我们理解，马上处理', '这也怪你们？'],
    ],
  )
})

// polite-packaged-blame: what the skipped procedure leaves the shop unable to judge (很难判断, 不好界定, 售后不好申请, 冇办法处理).
// Traps: A claim requirement with a way forward, a condition with a request, the shop acting, the shop owning it.
describe('blame-customer kinds B (bl38): k5 polite-packaged-blame', () => {
  checkKinds(
    'blame-customer',
    [
      ['非常理解您的心情，但是您没有当面验收，我们很难判断是运输损坏。', '碎了', '您没有当面验收', 'warning'],
      ['理解您，可是您没保留包装，售后不好申请。', '要退货', '您没保留包装', 'warning'],
      ['不好意思，只是您没录开箱视频，这个责任不好界定。', '少了', '您没录开箱视频', 'warning'],
      ['给您添麻烦了，不过您没拍照留证，我们也不好处理。', '破了', '您没拍照留证', 'warning'],
      ['明白嘅，不過你冇留包裝，我哋冇辦法處理。', '要退', '你冇留包裝', 'warning'],
      ['很抱歉，不過您沒有當面驗貨，我們無法確認是運送造成的。', '破了', '您沒有當面驗貨', 'warning'],
    ],
    [
      ['为了帮您申请理赔，麻烦补拍一张外箱照片，没有也没关系，我先联系快递', '碎了'],
      ['您没有上传照片的话我们很难判断，麻烦补拍一张', '坏了'],
      ['理解您，给您添麻烦了，我们这边没法确认物流，已经帮您催了', '物流不动了'],
      ['不好意思，您没有当面验收也没关系，我们先给您补发', '碎了'],
      ['这次是我们没提醒到位，物流损坏很难判断也由我们来处理', '碎了'],
    ],
  )
})

// told already, and the buyer sent up the chat (convention C2: 说过了 / 讲过了 / 回答过了 + 往上翻 / 看上面; judge toldScroll).
// Traps: The shop telling a third party, the buyer as the one who told, an apology, help after.
describe('blame-customer kinds B (bl38): c2 told already, and the buyer sent up the chat (convention C2', () => {
  checkKinds(
    'blame-customer',
    [
      ['说过了，往上翻', '到底什么时候发货', '说过了', 'error'],
      ['前面讲过了，自己往上翻聊天记录', '发什么快递', '讲过了', 'error'],
      ['上面已經回答過了，您看上面的消息', '可以開發票嗎', '上面已經回答過了', 'error'],
      ['我都回复过了，看上面', '几号发', '回复过了', 'error'],
    ],
    [
      ['我跟仓库说过了，明天发', '什么时候发'],
      ['您说过了的，我记下了，看上面的地址对吗', '地址改了吗'],
      ['抱歉，这个之前回答过了我没注意，往上翻才看到', '怎么没人回'],
      ['说过了的话往上翻一下就有，我也再发您一遍', '尺码表呢'],
    ],
  )
})
