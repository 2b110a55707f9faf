import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 24, lane ap24 (issue 8): absolute-promise and exaggeration on live-stream, social-commerce and
 * large-goods registers. The sentences are ours; the words reach them through the classes appended under
 * `# --- ap24 ---` in src/vocab/classes.yaml.
 */

// The shop's own choice of goods (不卖过期的, 不发翻新机) and its own packing (不会漏发) under a certainty word:
// its own conduct, borderline (info); a real outcome under the same words stays an error.
describe('absolute-promise: the shop vouching for which goods it sends and for its own packing', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们肯定不会卖临期货给您', undefined, '肯定', 'info'],
      ['本店绝不发翻新机', undefined, '绝不', 'info'],
      ['我們絕對不會賣二手貨', undefined, '絕對', 'info'],
      ['放心，这次保证不会漏发', undefined, '保证', 'info'],
      // Traps: a leak, a melt and a fault stay outcomes.
      ['这款杯子不会漏的', undefined, '不会漏', 'error'],
      ['保温壶绝对不会漏水', undefined, '绝对', 'error'],
      ['我们家的锅肯定不会坏', undefined, '肯定', 'error'],
    ],
    [
      ['咱家每单都过秤，不会少发的'],
      ['我们仓库不会寄错的，发前都核对'],
      ['出库前双人复核，不会漏装配件'],
    ],
  )
})

// 一X都没 + a verb of making (一滴酒精都没兑): how the goods were made, a past fact; 再也没有 (never again) is not
// "not even one". "Not even one bad" of the goods to come stays a promise.
describe('absolute-promise: even-one past facts of making, and never-again offers', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这批草莓冷链发，一个烂的都没有', undefined, '烂的都没有', 'error'],
      ['发顺丰，一点磕碰都不会有', undefined, '磕碰都不会有', 'error'],
    ],
    [
      ['这款酱料一粒防腐剂都没放'],
      ['我们的米酒一滴酒精都没兑'],
      ['纯手工的，一点色素都没加'],
      ['过了今晚再也没有这个价了'],
      ['这次错过，下次就再也没有这款了'],
    ],
  )
})

// 到 of a courier's visit to take goods back (到府取回, 到家收件) is a pickup, not an arrival date; the delivery
// itself dated stays a promise.
describe('absolute-promise: a pickup visit is not an arrival', () => {
  checkKinds(
    'absolute-promise',
    [
      ['包裹明天会到您家', undefined, '明天会到您家', 'error'],
      ['放心，后天能到家', undefined, '后天能到家', 'error'],
    ],
    [
      ['快递后天会到府收件'],
      ['物流师傅明天上午会到家取回旧床垫'],
      ['退货不用您寄，顺丰明天会上门揽件'],
    ],
  )
})

// 保 closing a compound before 过 (价保过期, 质保过了) is a warranty's term, not "sure to pass the exam".
describe('exaggeration: a warranty term is not an exam guarantee', () => {
  checkKinds(
    'exaggeration',
    [['这套真题刷完保过', undefined, '保过', 'error']],
    [['质保过期了可以付费维修'], ['價保過了就不能申請了'], ['保修过期的话收工本费']],
  )
})

// A superlative as the target of the customer's own adjusting or finding (调到最舒服的角度): advice on use.
describe('exaggeration: the best setting found or chosen by the customer', () => {
  checkKinds(
    'exaggeration',
    [['这把椅子是最舒服的', undefined, '最舒服', 'warning']],
    [['您把座椅调到最舒服的角度就行'], ['可以找个最顺手的姿势握'], ['枕头高度您放到最合适的位置再睡']],
  )
})

// Whether big goods go into, up to or through the buyer's place (放得进吗, 能搬进去吗, 电梯上得去吗) depends on the
// site; a short yes, or the asked room echoed (能放, 上得去的), vouches for it.
describe('absolute-promise: a short yes to whether big goods fit the buyer\'s place', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能放的', '这台冰箱放得进我家厨房那个角吗？', '能放的', 'error'],
      ['放得下，放心', '电视柜放得下我那台65寸的吗', '放得下', 'error'],
      ['上得去的', '沙发能从电梯上去吗', '上得去的', 'error'],
      ['会的', '这张床能搬进去吗？我们门比较窄', '会的', 'error'],
      ['能的能的', '洗衣机塞得进阳台那个柜子吗', '能的', 'error'],
      ['嗯，能装下的', '我们楼的电梯不大，这张床垫能进电梯吗？', '能装下', 'error'],
    ],
    [
      // Hedged, with a limit, or a check offered; a yes to a request.
      ['能放，不过建议先量一下门框', '这台冰箱放得进我家厨房那个角吗？'],
      ['一般搬得进，具体看门宽', '衣柜搬得进卧室吗'],
      ['可以的', '能帮我放到周五再送吗'],
      ['能放下的话您再下单', '电视柜放得下我那台65寸的吗'],
    ],
  )
})

// A smell or a sound said not to come (不会有味道的, 不会有什么声音), and the other short noes (当然不会, 完全不会,
// 放心) to a question about a smell, a sound or a fault: each room, nose and floor decides.
describe('absolute-promise: no smell, no sound, of course not', () => {
  checkKinds(
    'absolute-promise',
    [
      ['新冰箱不会有味道的', undefined, '不会有味道', 'error'],
      ['不會有什麼聲音的', undefined, '不會有什麼聲音', 'error'],
      ['不会有异味的', '新柜子会有异味吗？', '不会有异味', 'error'],
      ['完全不会', '椅子坐久了会不会有响声', '完全不会', 'error'],
      ['放心', '这个床架会不会有声音', '放心', 'error'],
      ['当然不会', '这个凳子会不会一坐就塌？', '当然不会', 'error'],
      ['不会的，出库前都晾过', '旧木箱会不会有霉味', '不会的', 'error'],
    ],
    [
      ['正常不会有什么味道，开窗通风几天更好', '这个衣柜会不会有味道？'],
      ['味道的话通风几天就散了', '这个衣柜会不会有味道？'],
      ['当然不会，不过别超过承重', '这个凳子会不会一坐就塌？'],
      ['放心，很好吃', '这个零食味道怎么样'],
      ['我们会尽快处理，不会有什么影响'],
      ['不能保证完全不会有声音'],
    ],
  )
})

// 包 + a service life (包用十年, 包骑五年): how long it lasts depends on use; 包 counting a packet is not it.
describe('absolute-promise: a service life guaranteed with 包', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这双鞋包穿三年', undefined, '包穿三年', 'error'],
      ['这台电动车包骑五年', undefined, '包骑五年', 'error'],
      ['锅我们包用一辈子', undefined, '包用一辈子', 'error'],
    ],
    [['一包用一周'], ['这包用完再买'], ['包邮包安装'], ['包用十年吗？']],
  )
})

// A harmful substance said to be absent without fail (百分百无甲醛, 100%不含防腐剂) and nowhere else to be bought
// within a region or kind of shop (国内买不到, 市面上都找不到): claims no test or market survey can prove.
describe('exaggeration: absolute free-from and nowhere-else claims', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款床垫百分之百无甲醛', undefined, '百分之百无甲醛', 'error'],
      ['我们的酱油100%不含防腐剂', undefined, '100%不含防腐剂', 'error'],
      ['這款奶粉絕對零激素', undefined, '絕對零激素', 'error'],
      ['这种手工皂市面上都找不到', undefined, '市面上都找不到', 'warning'],
      ['这款香薰国内买不到的', undefined, '国内买不到', 'warning'],
    ],
    [
      ['不敢说百分百无甲醛'],
      ['甲醛释放量符合E0级标准'],
      ['是百分百无甲醛吗？'],
      ['这款停产了，现在国内买不到了'],
      ['无添加防腐剂，保质期短一些'],
    ],
  )
})

// The fit echoed in answer to "will it be too big / too small?" (合身的, 刚刚好, 不小的): the misfit ruled out,
// which the buyer's body decides. A condition or a hedge leaves room; a price called 合适 is no fit.
describe('absolute-promise: the fit echoed to a question about misfit', () => {
  checkKinds(
    'absolute-promise',
    [
      ['合身的', '我170/60，拍L会不会太大', '合身的', 'error'],
      ['刚刚好', '38码会不会偏小？', '刚刚好', 'error'],
      ['不小的亲', '這件外套M會不會偏小', '不小的', 'error'],
    ],
    [
      ['合适的话您再拍', '我170/60，拍L会不会太大'],
      ['合适的，不过喜欢宽松可以拍大一码', '我170/60，拍L会不会太大'],
      ['一般合适的', '38码会不会偏小？'],
      ['合适的', '这个价格会不会太贵'],
    ],
  )
})
