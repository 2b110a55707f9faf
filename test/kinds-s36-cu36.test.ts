import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 36, lane cu36: curt-reply kinds of the conduct taxonomy (tax32) that the rule covered only in part, each as its
 * construction with other members of its word classes than the taxonomy shows, and the traps that must stay clean (the answer
 * beside the pointer, a reason after the rule, the buyer's own past act told, a rule that praises).
 */

// 1. bare-referral-to-page: a look-at verb (看/参考/参照/请看/对照) + a place the answer is written (详情页/尺码表/说明书/主图/吊牌)
//    ± the aspect asked about, as the whole reply to a question; 以图片为准 the same. With the answer in another segment it passes.
describe('curt-reply cu36: a bare pointer to the page, by construction', () => {
  checkKinds(
    'curt-reply',
    [
      ['参照尺码表。', '我腰围二尺一拍多大的', '参照尺码表', 'warning'],
      ['请看主图的尺寸标注', '这个收纳箱多高', '请看主图的尺寸标注', 'warning'],
      ['参考一下说明书', '这个加湿器能加精油吗', '参考一下说明书', 'warning'],
      ['對照吊牌。', '這件的成分是什麼', '對照吊牌', 'warning'],
      ['以图片为准', '这个杯子是磨砂的还是亮面的', '以图片为准', 'warning'],
    ],
    [
      ['参照尺码表，您腰围二尺一拍M刚好', '我腰围二尺一拍多大的'],
      ['主图第三张有尺寸标注，高是32厘米', '这个收纳箱多高'],
      ['可以加的，说明书上有比例，一次两三滴就行', '这个加湿器能加精油吗'],
      ['以图片为准的话是磨砂的，我再拍个实物给您看', '这个杯子是磨砂的还是亮面的'],
    ],
  )
})

// 2. impatience-hurry: the buyer told to ask everything in one go, or the queue behind them held up; 催也没有用 with 没有.
describe('curt-reply cu36: ask it all at once / the queue / no use pressing', () => {
  checkKinds(
    'curt-reply',
    [
      ['您能一次性问完吗', '那这个颜色呢', '一次性问完', 'warning'],
      ['后面还有很多人在等，您快点', '再问一下尺码', '后面还有很多人', 'warning'],
      ['你再催也没有用', '到底什么时候发', '催也没有用', 'warning'],
      ['着急也没有用，物流就这么慢', '快递三天没动了', '着急也没有用', 'warning'],
    ],
    [
      ['不好意思让您久等了，刚才咨询的人比较多，您的问题我马上看', '在吗'],
      ['我已经帮您催过仓库了，今天下午一定发出', '到底什么时候发'],
      ['备注没有用的话我再打电话跟仓库说一声', '备注了还是发错'],
    ],
  )
})

// 3. rigid-policy-refusal: the rule as final (一律不V, 概不退换), or "no exception" after a rule word in the sentence. A reason
//    after it, an exception before it, or no rule word at all (全场包邮，没有例外) passes.
describe('curt-reply cu36: the rule as final, no exception', () => {
  checkKinds(
    'curt-reply',
    [
      ['试穿过的一律不退', '穿了一次不喜欢能退吗', '试穿过的一律不退', 'warning'],
      ['特价商品概不退换', '特价的能换个颜色吗', '概不退换', 'warning'],
      ['店里的规矩，没有任何例外', '能不能给我破个例', '规矩，没有任何例外', 'warning'],
    ],
    [
      ['生鲜一律不退，主要是为了保证其他顾客的食品安全', '虾能退吗'],
      ['除质量问题外特价商品一律不退换', '特价的能退吗'],
      ['全店满99包邮，没有例外，偏远地区也包', '新疆包邮吗'],
      ['规定是这样，没有例外，不过我可以给您申请一张补偿券', '能不能给我破个例'],
    ],
  )
})

// 4. self-help-dismissal: the job handed back and then the choice too, in one clause (自己试试自己看); the offer after it passes.
describe('curt-reply cu36: the job and the choice handed back together', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己测一下自己定吧', '这个花架放我家阳台合适吗', '自己测一下', 'warning'],
      ['腰围自己量量自己挑', '帮我选个码', '自己量量', 'warning'],
    ],
    [
      ['您可以自己量一下自己选，量好告诉我我帮您对照', '帮我选个码'],
      ['自己量的腰围有时会偏小，我帮您按身高再看一下', '帮我选个码'],
    ],
  )
})

// 5. responsibility-denial as the whole answer (不能怪我们, 责任不在我们) is also curt; the shop owning it, or the buyer named as the
//    cause (blame-customer's), is not.
describe('curt-reply cu36: responsibility refused, no remedy', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个责任不在我们', '收到的碗裂了', '这个责任不在我们', 'warning'],
      ['怪不得我们，出库时都检查过', '灯不亮了', '怪不得我们', 'warning'],
    ],
    [
      ['这不能怪您，是我们打包没做好，马上给您补发', '收到的碗裂了'],
      ['是您自己取消订单的，所以优惠券没有退回', '我的券怎么没了'],
    ],
  )
})

// 6. The way forward in other words (look-alikes dont-know-with-followup and refusal-with-reason-and-alternative): news passed
//    on when it comes, the photo the shop's own after-sales runs on. Without them the bare forms stay curt.
describe('curt-reply cu36: news passed on, a photo for the after-sales of the shop', () => {
  checkKinds(
    'curt-reply',
    [
      ['不知道', '这批货什么时候到', '不知道', 'warning'],
      ['我做不了主', '能给我便宜二十吗', '我做不了主', 'warning'],
    ],
    [
      ['这个我也说不好，已经问了厂家，一有结果就告诉您', '这批货什么时候到'],
      ['我这边做不了主，不过如果有破损，您拍照发给我们，我们按质量问题走售后', '能给我退了吗'],
    ],
  )
})

// 7. conversation-shutdown and take-it-or-leave-it members the rule lacked: the agent refusing to go on (我不再重复了, 不会再回复了),
//    a complaint dared (要投诉就去投诉); a sales push to decide (活动今晚结束，您快点决定) is not impatience. The page pointer to the
//    reviews (参照评论区) is a bare pointer like the size chart; with what the reviews say it answers.
describe('curt-reply cu36: refusing to go on, a complaint dared, the reviews as the page', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个问题我不再重复了', '那到底哪天能到', '我不再重复了', 'warning'],
      ['想投诉就去投诉', '你们这服务我要投诉', '想投诉就去投诉', 'warning'],
      ['参照评论区', '这双鞋磨脚吗', '参照评论区', 'warning'],
    ],
    [
      ['活动今晚结束，您快点决定哦', '我再想想'],
      ['评论区不少人说第一周有点硬，穿开就好了，介意的话可以垫个后跟贴', '这双鞋磨脚吗'],
      ['为了不让您重复提交，我已经帮您合并成一个工单了', '我都提交三次了'],
    ],
  )
})
