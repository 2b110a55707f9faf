import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend B of the thirtieth review (/work/notes/review30.md, findings 1, 5, 6, 7, 9, 11, 12 and the trap tests of 15). Each pass
 * row is a reply the merged build (749ed35) got wrong; each flag row is one the mend must keep. The sentences are ours.
 */

describe('blame-customer: only a result word with 不 inside it is no negation (finding 1)', () => {
  checkKinds(
    'blame-customer',
    // 关不紧's 不 is a complement's: the cause clefted on the buyer's wall stands.
    [['柜门关不紧是因为您家墙歪了，跟柜门本身没关系', undefined, '是因为您家墙歪', 'error']],
    [
      // 没 / 没有 after an earlier 不 (不好意思, 不会) still deny.
      ['不好意思我们没讲您装错了，只是确认一下'],
      ['抱歉啊我们没有说您使用不当哦'],
      ['我们不会也没有讲过您接错了线'],
    ],
  )
})

describe('blame-customer: a thing just received, or a fresh start that will settle, called normal (finding 9)', () => {
  checkKinds(
    'blame-customer',
    [['您放在暖气片上烤了一整天，变形也正常', undefined, '您放在暖气片上烤了一整天，变形也正常', 'error']],
    [
      // 您 + 刚 + a verb + 的 names their new thing; 刚 / 新 with a settling later reassures.
      ['您刚收到的皮靴，有点夹脚也正常，多穿几次就软了'],
      ['您新买的皮靴，刚穿有点夹脚也正常，多穿几次就软了'],
      ['您刚搬了新家，狗狗有点拉肚子很正常，过两天就好了'],
    ],
  )
})

describe('blame-customer: a narrated habit (经常) is no condition, read through hypothetical()\'s own filters (finding 11)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您经常把巧克力放车里，化了也正常', undefined, '您经常把巧克力放车里，化了也正常', 'error'],
      // 主要是 holds 要是 but sets no condition (conditional.not).
      ['您经常把巧克力放车里，化了也正常，主要是车里太热', undefined, '您经常把巧克力放车里，化了也正常', 'error'],
    ],
    [['您要是经常放车里，化了也正常']],
  )
})

describe('review-manipulation: a change left to the buyer\'s mood is no plea (finding 12)', () => {
  checkKinds(
    'review-manipulation',
    [['已经赔了您20，那个差评要不然就改了吧', undefined, '赔了您20，那个差评要不然就改了', 'error']],
    [
      ['退款已经给您办好了，差评能不能删看您心情，我们都接受'],
      ['退款已经给您办好了，评价要不要改看您心情，我们都接受'],
    ],
  )
})

describe('off-platform: the green icon is WeChat only with an app, a search or adding someone (finding 5)', () => {
  checkKinds(
    'off-platform',
    [
      ['下个软件，绿色图标那个，搜我们店名加我', undefined, '绿色图标那个', 'error'],
      ['装个软件吧，就是绿色图标那个，搜店名能找到我', undefined, '绿色图标那个', 'error'],
    ],
    [
      ['在设置页点一下绿色图标那个开关就能开启提醒'],
      ['扫地机上绿色图标那个灯亮了说明充满了'],
      ['点一下绿色图标那个按钮就能添加到购物车'],
    ],
  )
})

describe('off-platform: a refund turned to the account is the platform\'s; a transfer to it is not (finding 6)', () => {
  checkKinds(
    'off-platform',
    [
      ['货款您转账到这个账户就行', undefined, '转账到这个账户', 'error'],
      ['尾款轉帳到這個帳戶就可以', undefined, '轉帳到這個帳戶', 'error'],
    ],
    [['钱会按原路转到这个账户，到时留意一下'], ['您查一下退款是否转到这个帐户，通常两三天到']],
  )
})

describe('off-platform: 号 of a size or a claim after the profile is no account (finding 7)', () => {
  checkKinds(
    'off-platform',
    [['进我主页，有个私人号，加一下', undefined, '进我主页，有个私人号', 'error']],
    [['进主页可以看尺码，这款的号型偏小'], ['进主页可以看看尺码，号码表在详情页']],
  )
})

// Finding 10, mended by the lead: 转帐给我 stands in an entry of its own, so "line" right before it keeps LINE轉帳's span
// without silencing the rest of the payment list after "line".
describe('off-platform: after LINE, the payment words still count; LINE轉帳給我 keeps its span (finding 10)', () => {
  checkKinds(
    'off-platform',
    [
      ['line私下付款的话再打九折', undefined, '私下付款', 'error'],
      ['LINE線下交易比較划算喔', undefined, '線下交易', 'error'],
      ['尾款用LINE轉帳給我就好', undefined, 'LINE轉帳', 'error'],
      ['剩下的錢轉帳給我，今天就出貨', undefined, '轉帳給我', 'error'],
    ],
    // Warned against, it stays clean as the rest of the payment list does.
    [['请勿私下转帐给任何个人'], ['千萬不要轉帳給我們的客服個人，請在平台付款']],
  )
})
