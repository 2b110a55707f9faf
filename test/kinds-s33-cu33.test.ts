import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33, lane cu33: curt-reply read on the new dev sets BC and BD (misses and false alarms), each kind with members in two
 * sources (two authors' sets, or a set and a real corpus). Sentences in our own words, with the traps that must stay as they were
 * (the agent acting, a way offered, a question, the buyer's own choice, the agent's own count, advice).
 */

// 1. Complaints the shared class missed (sets BC, BD; the job pushed onto the buyer: BC, AD; what cannot be found: BD, BB, V):
//    goods bent or fitted crooked, a line across a screen, the buyer made to do it themselves. A grunt to them is curt.
describe('curt-reply cu33: a grunt to goods bent, crooked or striped', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '桌腿装得歪歪扭扭的', '嗯', 'warning'],
      ['哦', '电视屏幕中间出现一条竖线', '哦', 'warning'],
      ['嗯嗯', '收到的衣架有两个是弯的', '嗯嗯', 'warning'],
      ['嗯', '送货的让我自己扛上五楼', '嗯', 'warning'],
    ],
    [
      ['嗯嗯，抱歉，我马上给您补寄一个', '收到的衣架有两个是弯的'],
      ['是的', '这个挂钩是弯的吗'],
      ['嗯', '我想买个弯的吸管'],
    ],
  )
})

// 2. The job handed back with an errand word in its own clause (自己在后台申请; sets BC, AK): 申请 there is the buyer's errand,
//    no help given. Help outside the clause still clears it; a question about the buyer's own doing asks.
describe('curt-reply cu33: the errand handed back with 申请 inside it', () => {
  checkKinds(
    'curt-reply',
    [
      ['自己在后台申请。', '能开个收据吗', '自己在后台申请', 'warning'],
      ['那您就自己换一下呗', '门把手装反了，师傅让我自己换', '自己换', 'warning'],
    ],
    [
      ['自己在后台申请，我这边给您加急审核', '能开个收据吗'],
      ['您自己申请过了吗？', '能开个收据吗'],
    ],
  )
})

// 3. Pointers and shrugs in the shapes the lists lacked: the answer thrown back as something the buyer would know by trying
//    (sets BD, G), the objection answered with another shop politely worded (BC, AJ), the optician (BC, beside the doctor),
//    "we won't handle it" with 就 (BC, as AW, AT), "stay in the queue" (BD, as 排队 in AX, AR), "gone" after a thin status (BD, AB),
//    "the rest I don't know" (BD, T).
describe('curt-reply cu33: pointers, shrugs and bare statuses', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己尝尝不就知道了', '这款咖啡苦不苦', '不就知道了', 'warning'],
      ['价格就这样，嫌贵可以去别家看看', undefined, '嫌贵可以去别家看看', 'warning'],
      ['度数的事去问验光师', undefined, '去问验光师', 'warning'],
      ['这种情况我们这边就不处理了', undefined, '我们这边就不处理', 'warning'],
      ['双十一单量大，排着吧', '客服回复好慢啊', '排着吧', 'warning'],
      ['停产了，没了', '之前买的那款怎么找不到了', '停产了，没了', 'warning'],
      ['以详情页为准，其他的我不清楚', undefined, '不清楚', 'warning'],
    ],
    [
      ['尝一口就知道了，不合适七天无理由', '这款咖啡苦不苦'],
      ['需要的话可以去别家看看，我们也会帮您留意活动'],
      ['建议您先找验光师复查一下，我们免费重做'],
      ['我们这边就不处理了，不过可以帮您联系厂家'],
      ['已经帮您加急了，排着吧', '客服回复好慢啊'],
      ['停产了，没了哦，可以看看新款', '之前买的那款怎么找不到了'],
      ['其他的不可以哦', '那颜色能换吗'],
      ['其他的我不清楚，我帮您问一下仓库'],
    ],
  )
})

// 4. Not curt-reply's (sets P, Q, S, U, BD… label them blame only): the count told by a third party (主播, 团长, 群里, 直播间) reproaches
//    the buyer for not listening; 是您自己选的 tells a past choice; 偶 is the agent going to ask. The agent's own count, the decision
//    handed back and 偶尔 stay as they were.
describe('curt-reply cu33: blame or the agent, not a brush-off', () => {
  checkKinds(
    'curt-reply',
    [
      ['跟您讲过三次了，下周一发', undefined, '讲过三次', 'warning'],
      ['那您自己选吧', undefined, '自己选', 'warning'],
      ['偶尔也会慢，你去问快递吧', undefined, '你去问快递', 'warning'],
    ],
    [
      ['主播讲了好几遍是现货，您没听吗'],
      ['团长在群里说了两次周五截单'],
      ['直播间说了好几遍要先领券'],
      ['尺码是您自己选的，页面有尺码表'],
      ['好滴，偶去问下快递哈'],
    ],
  )
})
