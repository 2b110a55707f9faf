import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Twentieth session, lane bl20: kinds of blame sorted from the first-sight misses of sets AB and FB and the
 * rest of the dev pool, built over word classes (src/vocab/classes.yaml, # bl20). Replies in our own words;
 * each kind has its paraphrases (every slot varied) and its traps.
 */

/**
 * A certainty or hedge adverb used epistemically before a cause (class guess.cause: 一定是 / 肯定是 / 准是 / 八成是 /
 * 估计是 / 多半是 / 应该是) + a handling done wrong (class fault.handling) with nobody named: a guess that the buyer
 * mishandled it — blame, not an absolute promise.
 */
describe('blame-customer: a cause guessed with a certainty adverb (一定是使用方式不对)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我們的機器百分之百沒問題，一定是使用方式不對。', '咖啡機煮出來的咖啡是冷的', '一定是使用方式不對', 'warning'],
      ['肯定是操作有误，机器出厂都测过的', '开不了机', '肯定是操作有误', 'warning'],
      ['这个八成是安装不当导致的', '水龙头一直滴水', '八成是安装不当', 'warning'],
      ['准是使用方法不对吧', undefined, '准是使用方法不对', 'warning'],
      ['亲，我们每台都检测过，铁定是操作方式错误哦', '扫地机不回充', '铁定是操作方式错误', 'warning'],
      ['收到的时候是好的呀，应该就是存放不当', '巧克力化了', '应该就是存放不当', 'warning'],
      ['非常抱歉给您带来困扰。不过这种情况，多半是使用不规范造成的', '面板起泡了', '多半是使用不规范', 'warning'],
    ],
    [
      // A condition, a denial, the shop's own, help after, policy.
      ['如果是操作不当，一般不在保修范围', '坏了'],
      ['一定不是使用方式不对，是我们这批有问题，马上换', '咖啡是冷的'],
      ['肯定是我们仓库操作不当，抱歉，马上补发', '少发了'],
      ['可能是使用方法不对，我发个视频教您重新设置一下', '连不上'],
      ['人为损坏不在保修范围内哦'],
      ['一定是快递暴力运输导致的，我们找快递理赔', '箱子压扁了'],
    ],
  )
})

describe('absolute-promise: 一定 / 肯定 before a guessed cause promises nothing', () => {
  checkKinds(
    'absolute-promise',
    [
      // Still a promise: the outcome after it.
      ['收到一定是完好的，您放心', undefined, '一定', 'error'],
    ],
    [
      ['機器本身沒問題，一定是使用方式不對。', '咖啡機是冷的'],
      ['肯定是操作不当', '坏了'],
      ['漏水肯定是盖子没拧紧', '漏水了'],
      ['绝对是放太满了才关不上', '关不上'],
      ['这一定是边充电边玩游戏烧的', '充电器烧了'],
      ['铁定是安装方式不对', '装不上'],
    ],
  )
})

/**
 * The right use said not to fail, or the mark read as the buyer's, answering a trouble with no guess before it
 * (正常使用是不会这样的, 正常戴是不会断的, 这种划痕一看就是人为的): the buyer is left as the cause.
 */
describe('blame-customer: the right use would not fail, answering a trouble (正常使用不会这样)', () => {
  checkKinds(
    'blame-customer',
    [
      ['正常使用是不会这样的，我们这款卖得很好。', undefined, '正常使用是不会', 'warning'],
      ['正常用不會這麼快壞的啦', '用了一週就壞了', '正常用不會', 'warning'],
      ['亲，正常穿是不会开线的哦', '裤裆开线了', '正常穿是不会', 'warning'],
      ['这个吊灯正常装不会掉下来的', '吊灯掉下来摔坏了', '正常装不会', 'warning'],
      ['杯盖正常洗怎么会裂', undefined, '正常洗怎么会', 'warning'],
      ['收到了，我们看了照片，正常情况下不会这样', '水杯漏水', '正常情况下不会', 'warning'],
    ],
    [
      // A question about what will happen, reassurance, help after it, a condition, a retry.
      ['正常使用不会坏的', '用久了会坏吗'],
      ['正常使用不会这样的，您放心，我们给您补发', '屏幕有划痕'],
      ['正常使用不会这样，我们给您换新', '坏了'],
      ['正常使用不会这样，您重启一下试试', '卡住了'],
      ['正常洗不会缩水的，放心买'],
      ['如果正常使用也出现这种情况，就是质量问题，我们包换', '坏了'],
    ],
  )
})

/**
 * A guess question about what the buyer did, then a sentence that ties it to the trouble: what the act leads to
 * (这样肯定会结块的, 受潮了才会结块, 用快充很容易烧坏), the right use (正常戴是不会断的) or the mark read as theirs
 * (一看就是人为的). Not with help, a retry or an offer after it, nor when nothing is wrong.
 */
describe('blame-customer: a guess about the buyer tied to the trouble after it', () => {
  checkKinds(
    'blame-customer',
    [
      ['是不是您泡的时候先放粉后加水了？这样肯定会结块的', '奶粉冲不开', '这样肯定会', 'warning'],
      ['會不會是你放在陽台曬著了？受潮了才會結塊的', '猫粮结块了', '才會結塊', 'warning'],
      ['你是不是用了别的充电头呀？这种耳机用快充很容易烧坏的', '耳机充不进电', '很容易烧坏', 'warning'],
      ['您家宝宝是不是拿硬东西刮过？这种划痕一看就是人为的', undefined, '一看就是人为', 'warning'],
      ['你是不是戴着去搬东西了，正常戴是不会断的。', '手链断了', '正常戴是不会', 'warning'],
      ['亲，您是不是让孩子在上面跳了？正常用怎么会塌', '凳子塌了', '正常用怎么会', 'warning'],
    ],
    [
      ['您是不是没打开蓝牙？这样会连不上的，您打开再试试', '连不上'],
      ['您是不是用的安卓手机？这样会慢一点'],
      ['是不是您先放粉后加水了？这样容易结块，我发个冲泡视频给您', '奶粉冲不开'],
      ['您是不是放阳台了？受潮了才会结块，我们给您补发一袋', '猫粮结块了'],
      ['是不是我们仓库装的时候压到了？这样很容易坏，马上给您换', '坏了'],
    ],
  )
})

/**
 * Nobody else complained, or this buyer singled out among many sold, answering a trouble (卖了几千件，就只有您说会缩水;
 * 评价几万条没人说过起球; 别的客人买了都没问题). Not cited to reassure before a purchase, nor with help.
 */
describe('blame-customer: others fine, only you (就只有您说…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['說真的，我們賣了幾千件，就只有您說會縮水。', '洗一次就縮了', '幾千件，就只有您說', 'error'],
      ['同一批发出去上百单，就您这单说有味道', '鞋子有股胶味', '同一批发出去上百单，就您这单', 'error'],
      ['这款评价几万条，没人说过起球的哦', '毛衣起球了', '几万条，没人说过', 'error'],
      ['别的客人买了都没问题', '灯不亮', '别的客人买了都没问题', 'error'],
      ['我们这批卖了上千台也没人反馈过这个问题', '开机就黑屏', '卖了上千台也没人反馈过', 'error'],
      ['其他客人装好都没问题，您再检查一下', '热水器点不着', '其他客人装好都没问题', 'error'],
    ],
    [
      ['这款卖了几千件，没人说过质量问题，您放心买', '这个质量好吗'],
      ['这批货卖了上千件都没问题', '什么时候发货'],
      ['其他客人都没反馈过这个问题，我帮您问一下仓库', '灯不亮'],
      ['别的客人买了都没问题的话我们就补货了'],
      ['就您这单我们优先发，放心'],
    ],
  )
})

/**
 * A lecture on next time after a turn (不过 / 另外 / 但是 + 下次…), with 一定 as an order once the buyer is named
 * (下次您签收前一定当面拆开检查), or about thinking first, doing it clearly, leaving a better address (以后想好了再买,
 * 下次拍清楚点, 下次写个家里地址吧). Not the shop's promise (我们下次一定注意), a permission (下次您拿不准可以先问我们),
 * the shop acting for the buyer (下次给你留个福袋), an invitation.
 */
describe('blame-customer: lectures on next time, after a turn or with 一定', () => {
  checkKinds(
    'blame-customer',
    [
      ['能退，但你已经用过了，以后想好了再买。', '戴了两次不合适，可以退吗', '以后想好', 'warning'],
      ['周末公司没人签收，下次写个家里地址吧', undefined, '下次写个', 'warning'],
      ['照片拍得太糊了，麻烦下次拍清楚点', undefined, '下次拍清楚点', 'warning'],
      ['这次是快递摔的，跟我们没关系，下次您签收前一定当面拆开检查。', undefined, '下次您签收前一定当面', 'warning'],
      ['碎了两片真的抱歉，马上补发。不过下次签收的时候记得当面开箱检查', '瓷砖碎了', '下次签收的时候记得当面', 'warning'],
      ['另外以後下單前記得先量一下尺寸哦', undefined, '以後下單前記得先量', 'warning'],
    ],
    [
      ['我们下次一定仔细核对，抱歉'],
      ['下次您拿不准尺码可以先问我们，我们帮您对照一下'],
      ['五颗星+15字带图，下次给你留个9块9的福袋', '给好评有什么好处'],
      ['不过以后有问题随时找我们'],
      ['下次我们写清楚一点，给您添麻烦了'],
      ['以后想好了再来找我们也行'],
    ],
  )
})

/**
 * The buyer's report doubted: 确定 + what caused the trouble, asked back with the buyer named (您確定不是自己劃到的嗎,
 * 您确定是我们少发了吗), or disbelief stated answering their report (我们很难相信, 不像是刚收到的样子). Not a confirmation of
 * what the buyer wants, the shop's own certainty, or with help after it.
 */
describe('blame-customer: doubting the buyer’s honesty (您确定不是自己弄坏的吗)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们发货都检查过，您确定不是自己拆的时候划到的吗？', '桌面有划痕', '您确定不是', 'error'],
      ['你確定是我們漏發了嗎？', '少了一个配件', '你確定是我們', 'error'],
      ['亲确定是收到就坏的吗？我们出库都有视频', '收到就不亮', '亲确定是收到', 'error'],
      ['您确定有按说明书来装吗？', '装不上', '您确定有按', 'error'],
      ['说实话，这个磨损不像刚收到的样子', '刚收到鞋跟就掉了', '不像刚收到', 'error'],
      ['你讲的这种情况我们真的很难相信，封口都是好的', '里面是空的', '很难相信', 'error'],
    ],
    [
      ['您确定要退款吗？', '我要退款'],
      ['您确定地址是这个吗？我帮您改'],
      ['确定是我们的问题，马上给您补发', '少发了'],
      ['您确定不是我们发错的话，我再帮您查一下物流', '颜色不对'],
      ['价格这么低很难相信吧？我们是正品', '真的是正品吗'],
    ],
  )
})
