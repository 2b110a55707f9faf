import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 29, lane ap29. Kinds of miss and false alarm of absolute-promise read on the outside authors' sets AS, AT, AU,
 * AV, the dev pool and the CSDS real traffic, each in our own words, with the traps that must stay clean.
 */

// 1. A bad outcome the buyer names in a question, waved away with a short answer: a colour washing lighter, hair dye
//    staining the scalp, a charger burning the phone (AS, AT, AV). The same words said of a fact, or hedged, stay clean.
describe('absolute-promise: short answers to more named bad outcomes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['对的，放心', '这条牛仔裤多洗几次不会变浅吧？', '对的，放心', 'error'],
      ['放心的亲', '这个染发剂会不会把头皮染黑啊', '放心', 'error'],
      ['不会的', '这个快充头会不会烧手机', '不会的', 'error'],
    ],
    [
      ['一般不会的，首次洗建议单独冷水洗', '这条牛仔裤多洗几次会变浅吗？'],
      ['会的，牛仔布多洗几次颜色会浅一点，属于正常', '这条牛仔裤多洗几次会变浅吗？'],
      ['染之前涂一层凡士林在发际线就好', '这个染发剂会不会把头皮染黑啊'],
    ],
  )
})

// 2. A yes to whether the goods keep a temperature for some hours or all along (AV; the pool's AG): the performance in
//    use promised. Whether it keeps warm at all is a function of the goods, and a hedged yes leaves room.
describe('absolute-promise: a yes to keeping a temperature for hours', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的', '这个焖烧杯能保温8小时吗', '会的', 'error'],
      ['可以的', '温奶器可以一直保持在40度吗', '可以的', 'error'],
      ['会的', '这个保温壶真能保温十二个小时吗', '会的', 'error'],
      ['会哦', '这个水壶能保温12小时吗', '会哦', 'error'],
    ],
    [['一般可以的，室温太低会短一些', '这个焖烧杯能保温8小时吗'], ['是的，是双层真空的', '这个杯子是保温的吗'], ['可以的', '这个杯子能保温吗']],
  )
})

// 3. Noise that cannot reach the sleeper (吵不到) is a potential complement like 吵不醒 (AT; the pool's 绝对吵不到您).
describe('absolute-promise: noise that cannot reach you', () => {
  checkKinds(
    'absolute-promise',
    [['这台风扇夜里开着吵不到孩子的', undefined, '吵不到', 'error']],
    [['夜里开着一般吵不到孩子的'], ['开着会不会吵不到人呢？']],
  )
})

// 4. The fit on the buyer's body stated as plain fact (正合身, 合身得很; 正合适 after wearing or a size) (AT, S). An age range
//    (读这套正合适), a hedge, a condition and a question are not.
describe('absolute-promise: the fit stated as plain fact', () => {
  checkKinds(
    'absolute-promise',
    [
      ['L码您穿着正合身，直接拍就行', undefined, '正合身', 'error'],
      ['这条裤子按表选，上身合身得很', undefined, '合身得很', 'error'],
      ['这个尺码您穿正合适', '我155穿S会不会大', '您穿正合适', 'error'],
    ],
    [
      ['这款拼图五六岁的孩子玩正合适'],
      ['按身高选的话一般正合身'],
      ['S码穿上正合身吗？'],
      ['如果要宽松一点可以拿大一码，要合身的话正合身就选M'],
    ],
  )
})

// 5. An arrival time read from the record in a clause of its own before it (看信息，明天下午给您送达; CSDS), like the
//    record's label with a colon (ASAP). A condition (看信息的话) does not read a record, and a date alone stays a promise.
describe('absolute-promise: a date read from the record in its own clause', () => {
  checkKinds(
    'absolute-promise',
    [
      ['亲，后天上午给您送达', undefined, '后天上午给您送达', 'error'],
      ['看信息的话，后天上午给您送达', undefined, '后天上午给您送达', 'error'],
    ],
    [['看物流信息，后天上午给您送达'], ['亲，看系统，后天上午给您送达的']],
  )
})

// 6. Boarding or airport security said no problem (登机没问题, 带上飞机完全没问题) (S, N): the airline and the checkpoint
//    decide. The regulation read out with its source (以航空公司规定为准), checked luggage and a question stay clean.
describe('absolute-promise: boarding and security said no problem', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个拉杆箱二十寸的，登机没问题', undefined, '登机没问题', 'error'],
      ['这块移动电源带上飞机完全没问题', undefined, '带上飞机完全没问题', 'error'],
    ],
    [['二十寸的一般登机没问题，具体以航空公司规定为准'], ['这个拉杆箱登机没问题吧？'], ['钓竿托运没问题，随身带的话有的机场不让']],
  )
})

// 7. A measuring device said to read exactly (不会有误差, 误差零) (S, T). A tolerance given as a figure, a hedge, a question
//    and the exactness itself denied stay clean.
describe('absolute-promise: a reading said to be exact', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款体温枪测出来不会有误差的', undefined, '不会有误差', 'error'],
      ['您放心，误差为零', '这个电子秤准不准', '误差为零', 'error'],
    ],
    [['体温枪误差在正负0.2度以内'], ['按说明书用一般不会有误差'], ['零误差是做不到的，国标允许有一点偏差'], ['这个秤会不会有误差？']],
  )
})
