import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 42 (the lead, thirty-eighth session): conventions read from the whole dev pool, where seventy-odd authors label the
 * same construction, then checked on the sealed and held-out sets before landing.
 */
describe('curt-reply: the shop’s shrug stays curt beside blame (s38: the pool labels it curt as well 72 to 21)', () => {
  checkKinds(
    'curt-reply',
    [
      ['尺码是您自己报的，做小了我们也没办法', undefined, '我们也没办法', 'warning'],
      ['您签收前没验货，现在破了我们这边也没办法', undefined, '我们这边也没办法', 'warning'],
      ['你自己把包装扔了，退不了我也没办法啊', undefined, '我也没办法', 'warning'],
      ['是您选错了型号，这个我们也无能为力', undefined, '我们也无能为力', 'warning'],
    ],
    [
      // a way offered after the shrug, or the shrug about an outcome (保证, 控制), is no door closed
      ['您自己选的尺码偏小，这个我们也没办法，我帮您申请换货吧', undefined],
      ['您自己选的尺码偏小，我们也没办法改，不过可以帮您换一个大一码的', undefined],
      ['下雨天我们也没办法保证准时，已经帮您催了', undefined],
      // disowning after the buyer's own doing stays blame-customer's alone, as the pool labels it
      ['地址是您自己填的，跟我们没关系', undefined],
    ],
  )
})

describe('absolute-promise: 没有 taking its own object after a bad outcome is no "not even one" (s38)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，这批一个坏的也没有', undefined, '坏的也没有', 'error'],
      ['木头处理过，一点异味也没有', undefined, '异味也没有', 'error'],
    ],
    [
      ['雨淋湿了我们也没有办法', undefined],
      ['受潮了我们也没有办法，下次记得放干燥处', undefined],
      ['受潮了再晒也没有用', undefined],
      ['磕碰了也没有关系，不影响使用', undefined],
    ],
  )
})

describe('blame-customer: the buyer’s act with an excess degree and no 得, put as the reason (s38, first-sight set BV)', () => {
  checkKinds(
    'blame-customer',
    [
      ['是您拍下太晚了，当天的名额已经满了', undefined, '是您拍下太晚', 'error'],
      ['您申请太晚了，所以价保过期了', undefined, '您申请太晚', 'error'],
      ['您浇水太勤了吧', '绿萝买回来一周就烂根了', '您浇水太勤', 'warning'],
      ['你寄回太晚了才没赶上', undefined, '你寄回太晚', 'error'],
    ],
    [
      // the buyer kept waiting, advice, a condition, help after it, or no trouble at all
      ['抱歉让您等太久了，马上给您发', undefined],
      ['您别一次倒太多了，先试一点', undefined],
      ['如果您浇水太勤的话叶子会黄', undefined],
      ['您来太早了吧，我们十点才开门', undefined],
      ['您寄回太晚了，不过没关系，我帮您申请延期', '价保怎么没了'],
    ],
  )
})

describe('curt-reply: 怪谁 after the buyer’s own doing is blame-customer’s alone (s38: the pool labels it so 15 to 8)', () => {
  checkKinds(
    'curt-reply',
    [
      // nobody told to have done anything: the shrug itself
      ['路上压坏了怪谁呢', '收到的蛋糕塌了', '怪谁', 'warning'],
      ['快递就是这么慢，慢了怨谁', undefined, '怨谁', 'warning'],
    ],
    [
      ['您连着三天没去取件，化了能怪谁', undefined],
      ['你非要选最便宜的快递，慢了怪谁', undefined],
    ],
  )
})

describe('blame-customer still reports 怪谁 after the buyer’s own doing (s38)', () => {
  checkKinds(
    'blame-customer',
    [['您连着三天没去取件，化了能怪谁', undefined, '能怪谁', 'error']],
    [],
  )
})

describe('blame-customer: a guess at the buyer’s doing, then the shop’s record or the other buyers fine (s38: classes defend.record, defend.others)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是不是一次放太多洗衣液了？我们这款卖了上万件都没人反映起泡', undefined, '您是不是一次放太多洗衣液了', 'warning'],
      ['你是不是没拧紧盖子？别的顾客都没漏过', undefined, '你是不是没拧紧盖子', 'warning'],
      ['您是不是没按住两秒？很多买家都是这样以为坏了', undefined, '您是不是没按住两秒', 'warning'],
    ],
    [
      // the record or the others as reassurance, with no guess at the buyer; or help after the guess
      ['我们这款卖了上万件都没人反映起泡，您放心用', undefined],
      ['别的顾客都没漏过，这批您放心', undefined],
      ['您是不是没按住两秒？我发个视频给您看看怎么操作', undefined],
    ],
  )
})

describe('blame-customer: the guess without a guess word — the buyer’s act presumed with 吧, then the goods defended (s38)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是放在窗台边晒了一下午了吧？这款漆正常不会褪', '柜子颜色变浅了', '您是放在窗台边晒了一下午了吧', 'warning'],
      ['您收到以后搁了好几天了吧？我们发出时都是新鲜的', '橙子有几个烂了', '您收到以后搁了好几天了吧', 'warning'],
    ],
    [
      // a status presumed, a recommendation, or help after the guess
      ['您已经收到了吧？有问题随时找我', undefined],
      ['您还是选我们家的吧，这款正常不会掉漆', undefined],
      ['您是用钢丝球刷过了吧？我帮您申请换一个', '锅底的涂层掉了一块'],
    ],
  )
})

describe('absolute-promise: certainty itself denied after the word (s38: the negated claim)', () => {
  checkKinds(
    'absolute-promise',
    [['这批桃子百分百不会坏', undefined, '百分百', 'error']],
    [
      ['百分百保证不了，只能说大部分是好的', undefined],
      ['绝对的事情我不敢跟您说，一般三天能到', undefined],
      ['肯定不肯定的不好说，要等师傅上门看', undefined],
    ],
  )
})

describe('blame-customer: a notice given before (提醒过 / 提示过 after the page or the shop) held against the buyer (s38)', () => {
  checkKinds(
    'blame-customer',
    [
      ['要用纯净水，说明书提醒过的', '加湿器用了一周就坏了', '说明书提醒过', 'warning'],
      ['定制款不退不换，下单页面提示过的', '我要退货，尺寸不对', '下单页面提示过', 'warning'],
    ],
    [
      ['说明书没有提醒过这一点，是我们写漏了，抱歉', undefined],
      ['活动页提示过吗？我帮您查一下', undefined],
    ],
  )
})
