import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ae37, session 41: absolute-promise and exaggeration kinds of the focused set para-ae (the dev half) and set BT, in our
 * own words: each kind's word classes with members other than the lines read, and the look-alikes as traps.
 */

// The buyer's worry echoed as a question, then flatly denied (褪色？不可能的): the rhetorical form of a bare no.
describe('absolute-promise: a worry echoed and denied', () => {
  checkKinds(
    'absolute-promise',
    [
      ['褪色？不可能的，我们是活性染料', undefined, '褪色？不可能的', 'error'],
      ['會變形？怎麼可能，這是實木的', undefined, '變形？怎麼可能', 'error'],
      ['漏气？那是不可能的，气嘴是加厚的', undefined, '漏气？那是不可能的', 'error'],
    ],
    [['褪色？一般不会的，深色头几次会有点浮色'], ['收到就碎了？这不可能，我马上帮您查']],
  )
})

// The arrival said to come on time whatever happens (照常按时送达, 也能准时送到): the courier's timing made certain.
describe('absolute-promise: on time whatever happens', () => {
  checkKinds(
    'absolute-promise',
    [
      ['节假日照常按时送达', undefined, '照常按时送达', 'error'],
      ['下大雪也一样能准时送到', undefined, '一样能准时送到', 'error'],
      ['週末也會準時到喔', undefined, '也會準時到', 'error'],
    ],
    [['下雨天一般也能准时送到'], ['希望节假日也能按时送达'], ['照样准时送到吗？']],
  )
})

// A knock's harm or its marks ruled out as something that will not happen (划痕是不会有的, 磕碰是不可能发生的).
describe('absolute-promise: harm ruled out as never happening', () => {
  checkKinds(
    'absolute-promise',
    [
      ['划痕是不会有的，每台都套了保护膜', undefined, '划痕是不会有的', 'error'],
      ['压痕是不可能有的', undefined, '压痕是不可能有的', 'error'],
      ['磕碰是不可能發生的', undefined, '磕碰是不可能發生的', 'error'],
    ],
    [['划痕是不会有的吗？'], ['路上难免有一点磕碰，到了您检查一下']],
  )
})

// A bare no after a worry, opened with "this time" (会起球吗？— 这回不会的).
describe('absolute-promise: a bare no opened with this time', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这回不会的，我们换了面料', '会起球吗', '不会的', 'error'],
      ['这次不会哦，我们加了护角', '路上会不会磕坏', '不会哦', 'error'],
      ['這次不會啦，換了厚紙箱', '會不會壓壞', '不會啦', 'error'],
    ],
    [['这次的快递是顺丰哦', '用的什么快递'], ['这次我们加了泡沫，一般不会的', '会不会压坏']],
  )
})

// The fit promised as no return to come (保证不会有退换的麻烦): 退换 there names no return policy.
describe('absolute-promise: the fit promised as no return', () => {
  checkKinds(
    'absolute-promise',
    [
      ['只要按尺码表拍，保证不会有退换的麻烦', undefined, '保证', 'error'],
      ['按我们推荐的码拍，保证不用退换', undefined, '保证', 'error'],
      ['照尺碼表選，保證不需要退換', undefined, '保證', 'error'],
    ],
    [['不合适可以退换哦'], ['在保证吊牌完好的情况下可以退换'], ['保证卡请您妥善保存']],
  )
})

// The shop's own commitments: its own dispatch with 承诺 and its compensation for its own lateness, a dispatch date with the
// month, keeping its own appointment, holding stock — info. A delivery date promised with a remedy stays an error.
describe('absolute-promise: the shop committing its own doing', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们承诺48小时内出货，超时主动补偿', undefined, '承诺', 'info'],
      ['预售款我们一定会在12月5号之前发出', undefined, '一定会', 'info'],
      ['我们一定按约定的时间上门', undefined, '一定', 'info'],
      ['我們承諾今天出貨', undefined, '承諾', 'info'],
      ['有的，一定给您留一台', undefined, '一定', 'info'],
      ['保证明天到，超时赔付', undefined, '保证', 'error'],
    ],
    [['目前没有办法保证下周一定到货'], ['我们只能承诺不过可以免费重学']],
  )
})

// A decrease said of a body part or a condition is the effect promised (毛孔肯定会变小), not a performance drop owned.
describe('absolute-promise: a body part made smaller for sure', () => {
  checkKinds(
    'absolute-promise',
    [
      ['坚持用两周，毛孔肯定会变小', undefined, '肯定会', 'error'],
      ['用完这瓶痘印一定会变少', undefined, '一定会', 'warning'],
      ['敷一個月毛孔肯定會變小', undefined, '肯定會', 'error'],
    ],
    [['用久了吸力肯定会变小'], ['电池用两年续航肯定会变弱的']],
  )
})

// The agent's wager after any good result denied (不显瘦您来找我, 不管用你找我).
describe('absolute-promise: a wager on a good result', () => {
  checkKinds(
    'absolute-promise',
    [
      ['穿上不显瘦您来找我', undefined, '不显瘦您来找我', 'error'],
      ['不管用你找我', undefined, '不管用你找我', 'error'],
      ['不好看您來找我', undefined, '不好看您來找我', 'error'],
    ],
    [['有问题您随时来找我'], ['不会用的话您来找我，我教您']],
  )
})

// 包 + a bad outcome denied (包不化, 包不漏水).
describe('absolute-promise: 包 with a bad outcome denied', () => {
  checkKinds(
    'absolute-promise',
    [
      ['冰袋加厚了，路上包不化', undefined, '包不化', 'error'],
      ['这个密封盖包不漏水', undefined, '包不漏水', 'error'],
      ['包不壞的', undefined, '包不壞', 'error'],
    ],
    [['包邮哦'], ['一包不够可以多拍']],
  )
})

// 100% of a material, an origin or a degree, 永久 before an attribute, and 绝对是 before the trade's king: exaggeration's claim
// or a fact, not a promise. 永久不掉色 stays one.
describe('absolute-promise: figures, materials and claims left to exaggeration', () => {
  checkKinds(
    'absolute-promise',
    [['这支眉笔永久不掉色', undefined, '永久', 'error']],
    [['这款是100%桑蚕长丝'], ['电池健康度100%'], ['百分百羊绒的'], ['绝对是同价位里的王炸'], ['这款眉笔可以永久定型'], ['激光脱毛一次就能永久脱毛']],
  )
})

// A performance degree said to be 100% (色准度100%): an unprovable figure. A battery's reading is a status.
describe('exaggeration: a degree at 100%', () => {
  checkKinds(
    'exaggeration',
    [
      ['这台显示器色准度100%', undefined, '色准度100%', 'warning'],
      ['识别准确度达到百分之百', undefined, '准确度达到百分之百', 'warning'],
      ['這支錶精準度達到100%', undefined, '精準度達到100%', 'warning'],
      ['这副镜片能阻隔100%蓝光', undefined, '阻隔100%蓝光', 'warning'],
    ],
    [['电池健康度100%'], ['准确度能达到100%吗？'], ['不能阻隔100%蓝光']],
  )
})

// A trouble never coming back, with a promise word between (眼睛保证再也不会干涩), and solved for sure (便秘保证能解决).
describe('exaggeration: a trouble gone for good', () => {
  checkKinds(
    'exaggeration',
    [
      ['眼睛保证再也不会干涩', undefined, '眼睛保证再也不会干涩', 'error'],
      ['喝了以后肠胃一定不会再胀气', undefined, '肠胃一定不会再胀气', 'error'],
      ['眼睛一定不會再乾澀', undefined, '眼睛一定不會再乾澀', 'error'],
      ['便秘保证能解决', undefined, '便秘保证能解决', 'error'],
      ['失眠一定会搞定', undefined, '失眠一定会搞定', 'error'],
      ['湿疹肯定能根除', undefined, '湿疹肯定能根除', 'error'],
    ],
    [['眼睛一般不会再干涩了'], ['不能保证眼睛不会再干涩'], ['問題一定幫您解決']],
  )
})

// No shop or product at all can match it; N-fold with any quality; a week said as 礼拜.
describe('exaggeration: nothing matches it, tenfold, by the week', () => {
  checkKinds(
    'exaggeration',
    [
      ['口感没有任何一家能比', undefined, '没有任何一家能比', 'warning'],
      ['做工没有一款比得上', undefined, '没有一款比得上', 'warning'],
      ['這個價格沒有哪家比得上', undefined, '沒有哪家比得上', 'warning'],
      ['比普通棉被暖和十倍', undefined, '暖和十倍', 'warning'],
      ['比上一代清晰十倍', undefined, '清晰十倍', 'warning'],
      ['一个礼拜见效', undefined, '一个礼拜见效', 'error'],
      ['两个礼拜就淡斑', undefined, '两个礼拜就淡斑', 'error'],
    ],
    [['没有任何一家能比吗？'], ['放大十倍看也很清楚'], ['价格贵了好几倍'], ['一个礼拜见效吗？']],
  )
})

// A claim word that is a name or someone else's wording, and a usage time before 使用效果最佳.
describe('exaggeration: names and usage tips', () => {
  checkKinds(
    'exaggeration',
    [['激光脱毛一次就能永久脱毛', undefined, '永久', 'warning']],
    [['至尊是我们店的招牌口味'], ['晚上洗完脸后使用效果最佳'], ['“永久保修”是另一家店的说法'], ['永久牌自行车']],
  )
})
