import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 45 (lane blame, forty-first brief): blame-customer classes read from design misses of DA, BZ and para-40's dev half,
 * written as word classes (src/vocab/classes.yaml `blame41`) and constructions (misuse.ts causeLinked, guessLinked). Rows in the lane's own words.
 */
describe('blame-customer: a step not done right linked by 才 to the trouble, nobody named (misuse.ts causeLinked; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['是油壶盖没拧紧才洒的，不是我们包装的问题', '油洒了一箱子', '没拧紧', 'warning'],
      ['滤芯没装到位才漏水的，这种不算质量问题', '净水器漏水了', '没装到位', 'warning'],
    ],
    [
      // advice or help after, a condition, the shop's or a third party's step, no trouble at all
      ['一般没拧紧才会洒，您拧紧再试试', '油洒了'],
      ['如果没拧紧才会漏的话，我们给您换新的', '漏了'],
      ['是我们仓库没封好才洒的，马上给您补发', '油洒了'],
      ['是快递没放好才压坏的，我们找快递理赔', '压坏了'],
    ],
  )
})

describe('blame-customer: a guess at the buyer\'s act pressed as the cause by 所以才 (misuse.ts guessLinked; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是不是没撕掉保护膜就贴上去了？所以才起泡', undefined, '您是不是没撕掉保护膜就贴上去', 'warning'],
      ['你是不是没按对？所以才一直不亮', undefined, '你是不是没按对', 'warning'],
    ],
    [
      // a guess that helps, asked plainly
      ['您是不是没撕保护膜？我教您重新贴一下', '有气泡'],
      ['您是不是没按对？您长按三秒试试', '不亮'],
    ],
  )
})

describe('blame-customer: done, but not done right — pressed, cleaned, film left on (fault.misdone; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['开关要按住两秒，您肯定是没按对', undefined, '您肯定是没按对', 'warning'],
      ['您应该是没撕保护膜', '有气泡', '您应该是没撕保护膜', 'warning'],
    ],
    [
      ['如果没按对的话，灯会闪三下提醒您', undefined],
      ['抱歉，是我们出厂时没撕保护膜，马上给您换', undefined],
    ],
  )
})

describe('blame-customer: the buyer\'s number short, an address part left out, the address incomplete all along (fault.entry.short, fault.address.*; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您下单时留的电话号码少了一位，所以快递打不通', undefined, '电话号码少了一位，所以', 'error'],
      ['您收货地址没写楼号，派件员才找不到', '快递说找不到地址', '没写楼号，派件员才', 'error'],
      ['你给的收货地址本来就不完整，我们只能照着发', undefined, '收货地址本来就不完整', 'error'],
    ],
    [
      // the shop's slip, a condition, a request for it
      ['我们仓库把您的号码少写了一位，已经更正了', undefined],
      ['如果您地址没写门牌号，快递员可能会打电话确认', undefined],
      ['麻烦您补充一下门牌号，地址不全快递送不到', undefined],
      // a notice with a request, no delivery failure linked to it (the check sets read these as clean)
      ['您的收货地址没填楼栋号，麻烦您补充一下哈', undefined],
      ['您留的手机号少了一位，您看下是不是输错了', undefined],
      ['您地址没写房间号，快递可能会找不到，请您补充一下', undefined],
    ],
  )
})

describe('blame-customer: the size picked wrong as a done act, the removal presumed (fault.size.picked, fault.removed.presumed; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这双其实是您买大了，宝宝脚长要按厘米选', undefined, '是您买大了', 'error'],
      ['退回来的鞋盒少了防伪贴，是您自己撕掉的吧', undefined, '是您自己撕掉的吧', 'error'],
    ],
    [
      // advice, a question that helps, a plain request
      ['建议您拍大一码，这款偏小', undefined],
      ['您买小了吗？我帮您换大一码', undefined],
      ['吊牌您剪了吧，不影响穿着', undefined],
      ['是您拆的吗？拆了也可以退', undefined],
    ],
  )
})

describe('blame-customer: explained already, and the buyer sent up the chat (toldScroll; blame41)', () => {
  checkKinds(
    'blame-customer',
    [
      ['上一位同事已经跟您解释过了，您往上翻一下聊天记录', undefined, '解释过了', 'error'],
    ],
    [
      ['我跟仓库解释过了，明天一早发', undefined],
      ['之前解释过了我再跟您说一遍：七天内都能退', undefined],
    ],
  )
})
