import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31, lane cu31: curt-reply read on the third and fourth real corpora (ASAP, CSDS: false alarms first) and on the new
 * dev sets (AX, AY, AZ: misses), each kind with members in two sources (both corpora, or a corpus and a written set, or two
 * authors' sets). Sentences in our own words, with the traps that must stay as they were.
 */

// 1. The buyer's own small fix as all it takes, after the trouble named (sets AY, AO): curt to a complaint; to a question about
//    how hard it is, it answers; a way offered or the shop acting clears it.
describe('curt-reply cu31: fix it yourself, that is all', () => {
  checkKinds(
    'curt-reply',
    [
      ['烂的自己挑掉就行', '收到的橘子烂了好几个', '烂的自己挑掉就行', 'warning'],
      ['把手松了您自己拧一下就好了', '柜门把手松了', '把手松了您自己拧一下就好了', 'warning'],
      ['坏果自己扔了就行，不赔', undefined, '坏果自己扔了就行', 'warning'],
    ],
    [
      ['自己装一下就行，很简单', '这个难装吗'],
      ['把手您自己拧一下就好了，拧不紧我给您寄个新的', '柜门把手松了'],
      ['我们自己换一下就好', '配件坏了'],
      // (mend27: reworded; the earlier text copied a set's sentences.)
      ['给几颗星您自己定就好', '差评我都发出去了，你们到底要怎样'],
      ['这一单您自己留心查看下货就行', '上回寄来的东西就是破的'],
    ],
  )
})

// 2. "You got it, that's enough" to goods that came crushed or leaking (set AZ), the kind of 能用就行; to goods that came fine, or
//    with a remedy, it is no brush-off.
describe('curt-reply cu31: 收到了就行 to a complaint', () => {
  checkKinds(
    'curt-reply',
    [
      ['收到就行', '纸箱压扁了，两瓶酱油漏了', '收到就行', 'warning'],
      ['收到了就好', '盒子是破的，里面杯子也磕了', '收到了就好', 'warning'],
    ],
    [
      ['收到就好，有问题随时找我', '东西收到啦'],
      ['收到了就行，漏了的两瓶我给您补发', '纸箱压扁了，两瓶酱油漏了'],
    ],
  )
})

// 3. "Not out yet" and nothing more to a chaser or a complaint (set AY; the first real corpus's 还没有结果): a bare status. To a
//    question whether it is out, it is the answer.
describe('curt-reply cu31: 还没出 as a bare status', () => {
  checkKinds(
    'curt-reply',
    [
      ['还没出', '帮我看下报告进度，都十天了', '还没出', 'warning'],
      ['还没下来呢', '审批到底什么时候好，等半个月了', '还没下来呢', 'warning'],
    ],
    [
      ['还没出呢', '报告出来了吗'],
      ['还没出，我帮您催一下，明天上午给您回复', '帮我看下报告进度，都十天了'],
    ],
  )
})

// 4. The difficulty of doing it oneself described before the shop's own offer (sets AT, AZ): no errand handed back. The bare
//    imperative stays curt.
describe('curt-reply cu31: 自己操作可能麻烦 before an offer', () => {
  checkKinds(
    'curt-reply',
    [['您自己操作吧', '我要退货', '自己操作', 'warning']],
    [
      ['换滤芯您自己操作可能有点麻烦，我给您拍个小视频', '滤芯怎么换'],
      ['您自己操作起来会比较繁琐，我们安排师傅上门'],
    ],
  )
})

// 5. Another shop's goods named, judging them declined, then our own told (sets R, AY): no side taken on a competitor, no brush-off.
//    Said alone it answers nothing (the second real corpus upholds it), and a shrug at our own fault stays curt.
describe('curt-reply cu31: no judging another shop, then our own', () => {
  checkKinds(
    'curt-reply',
    [
      ['别的店我们不了解哦', '你们跟隔壁店的有什么区别', '不了解', 'warning'],
      ['别家的情况我们也没办法', '你们这个质量太差了', '我们也没办法', 'warning'],
    ],
    [
      ['其他家的我们没用过，不好评价，我们这款的尺寸表都在详情页', '跟别家比哪个好'],
      ['别家的商品我们不太清楚，没办法帮您比较，我们这款是国行，保修两年', '你们这个跟淘宝上的有什么不一样'],
    ],
  )
})

// 6. "What do you mean" followed by the buyer's own reading asks to confirm that reading (ASAP; CSDS asks it the same way with a
//    question mark): a short yes answers it. Alone it still asks what was meant.
describe('curt-reply cu31: 什么意思, then the buyer restates', () => {
  checkKinds(
    'curt-reply',
    [['是的', '什么意思？', '是的', 'warning']],
    [
      ['是的哦', '什么意思，就是重新拍一单不用付钱'],
      ['对的亲', '啥意思，换货的运费你们出'],
    ],
  )
})

// 7. The buyer going to find what was asked for pauses the chat (ASAP; cr27 read a bare 我找一下 so): a grunt lets them. A request
//    made as a request still wants more than a grunt.
describe('curt-reply cu31: the buyer goes to find it', () => {
  checkKinds(
    'curt-reply',
    [['嗯嗯', '帮我开一张专票', '嗯嗯', 'warning']],
    [
      ['嗯嗯', '发票抬头，我找一下'],
      ['嗯', '订单号我翻翻'],
    ],
  )
})

// 8. A yes asked back about the item or whether it suits (CSDS, after the agent pasted the product; ASAP asks 这个是吗 the same
//    way): it checks, it says no yes to the complaint. A hedged 是的吧 or a plain yes to a complaint stays curt.
describe('curt-reply cu31: a yes asked back', () => {
  checkKinds(
    'curt-reply',
    [
      ['是的吧', '这到底怎么回事', '是的吧', 'warning'],
      ['对的', '我买的面膜一直没收到', '对的', 'warning'],
    ],
    [
      ['这个是吗', '那现在怎么办'],
      ['这个对吧', '我买的面膜一直没收到'],
      ['可以吧', '多久能处理好'],
    ],
  )
})

// 9. Moving on from the buyer to the next one or the next question (sets FC, AZ). Talking about the buyer's next question, or
//    handing it on with help, is not.
describe('curt-reply cu31: next buyer, next question', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个答不了，下一个问题', undefined, '下一个问题', 'warning'],
      ['不拍的话我先接待下一位了', undefined, '接待下一位了', 'warning'],
    ],
    [
      ['您的下一个问题是关于保修的吧'],
      ['下一个问题我来帮您查'],
      ['好的，那我们看下一个问题：发票抬头写公司名就可以'],
    ],
  )
})

// Traps the brief asks to keep (standing conventions): a short yes or a polite no to a yes/no question, an acknowledgement to a
// statement that neither complains nor asks, an apology to a lament that asks nothing.
describe('curt-reply cu31: standing traps', () => {
  checkKinds(
    'curt-reply',
    [],
    [
      ['是的哦', '这个是包邮的吧'],
      ['不可以的哦', '这个灯能调成暖光吗'],
      ['嗯嗯', '我已经申请退货了'],
      ['实在抱歉呢', '唉，好慢，只能等了'],
    ],
  )
})
