import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Thirteenth round (r13c): curt-reply false alarms that set S showed and other authors share,
 * in our own words and other domains, each with its traps.
 */
describe('curt-reply: the 会谢 meme selling the goods or owning the shop\'s slip is not sarcasm (sets Q, R, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['同一个尺码问了四遍了，我真的会谢', undefined, '我真的会谢', 'warning'],
      ['又来退这单，真的会谢', undefined, '真的会谢', 'warning'],
    ],
    [
      ['这个折扣错过了真的会谢'], // a sales pitch
      ['姐妹们冲，这款粉底持妆到离谱，真的会谢'],
      ['打包的同事把口味发错了，真的会谢，我马上给您补寄'], // the shop's slip, the agent acts
      ['物流把箱子压扁了真的会谢，小妹这就去找他们'],
    ],
  )
})

describe('curt-reply: 就等着 + a treat or a warning about someone else is no bare wait (sets K, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['就等着吧', '我的包裹一周没更新了', '就等着吧', 'warning'],
      ['您就等着呗', '退款三天了还没到账', '就等着呗', 'warning'],
    ],
    [
      ['腊肉今天寄出，过年您就等着吃吧'],
      ['街边贴的钢化膜，不出一周就等着被翘边吧'],
      ['这条裙子穿去婚礼，就等着被问链接吧'],
    ],
  )
})

describe('curt-reply: a rule cited with what it protects is a reason, not "rules are rules" (set S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这是店铺规定', '为什么不能货到付款', '店铺规定', 'warning'],
      ['定制的不退，公司规定', undefined, '公司规定', 'warning'],
    ],
    [
      ['实名认证是平台规定，也是为了保护您的账户'],
      ['这是公司规定，因为生鲜拆封后无法二次销售'],
      ['这是平台规定，主要是避免优惠券被盗用'],
    ],
  )
})

describe('curt-reply: 要买就买 + which one is advice, bare it dares (set S; the dare: sets B, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['价格不改，要买就买', '能再少二十吗', '要买就买', 'warning'],
      ['就这个价，要拍就拍啊', undefined, '要拍就拍', 'warning'],
    ],
    [
      ['这种锅要买就买复底的，受热匀'],
      ['要买就买大一码，这款偏小'],
    ],
  )
})

describe('curt-reply: told to phone the shop\'s own people is not a push elsewhere (set S)', () => {
  checkKinds(
    'curt-reply',
    [['维修点电话是0571-0000000，您直接打给他', undefined, '您直接打给他', 'warning']],
    [['安装时间您直接打给我们师傅约就行'], ['定金付完以后您直接打给店里确认尺寸']],
  )
})
