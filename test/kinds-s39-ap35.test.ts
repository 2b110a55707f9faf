import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap35, session 39: absolute-promise and exaggeration kinds read on the outside authors' sets BN and BO and on the real
 * corpora's verdicts, in our own words: each kind's word classes and their neighbours, with the look-alikes as traps.
 */

// A short answer to the buyer's question about what will happen, with the asked verb echoed and a reassurance (放心，不会扣的),
// or a bare yes closed by 放心 (收得到，放心); seizure by customs or security asked with 给我 (not the shop's own doing).
describe('absolute-promise: a short echoed answer said with a reassurance', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，不会扣的', '过海关会不会给我扣下？', '放心', 'error'],
      ['不會漏的，放心', '這個保溫杯會漏嗎', '不會漏', 'error'],
      ['赶得上，放心', '明早之前赶得上吗', '赶得上', 'error'],
      ['送得到，您放心', '周末前送得到吗', '送得到', 'error'],
      ['能过的，放心', '这个扫地机门槛能过去吗', '能', 'error'],
    ],
    [
      ['放心，会备注的', '你们会给我备注吗'],
      ['放心，不会影响您的信用分', '关掉订单会不会影响信用'],
      ['可以的，放心', '能开发票吗'],
      ['收得到的话麻烦确认一下', '周末前收得到吗'],
    ],
  )
})

// The fit asked about as squeezing or pinching the foot (会不会夹脚, 挤脚吗), answered with a bare no.
describe('absolute-promise: a bare no to a squeezing fit', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的', '这双42码会不会夹脚', '不会的', 'error'],
      ['不会的亲', '脚背高，穿着会挤脚吗', '不会的', 'error'],
      ['不會的', '這雙會頂腳嗎', '不會的', 'error'],
    ],
    [
      ['一般不会，脚宽的话建议拍大一码', '会夹脚吗'],
      ['夹脚的话可以换大一码', '会夹脚吗'],
    ],
  )
})

// An extreme knock survived, said with a concessive link and nothing happening to it (摔下来也一点事都没有, 冰雹砸下来也毫发无损).
describe('absolute-promise: nothing at all happens under a hard knock', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个手机壳从二楼摔下来也一点事都没有', undefined, '摔下来也一点事都没有', 'error'],
      ['这款车衣冰雹砸下来也毫发无损', undefined, '砸下来也毫发无损', 'error'],
      ['这个行李箱车轮压过去也啥事没有', undefined, '压过去也啥事没有', 'error'],
      ['這款手機殼摔下去也一點事都沒有', undefined, '摔下去也一點事都沒有', 'error'],
    ],
    [['我们实测过摔下来也一点事没有'], ['摔下来也一点事没有吗？']],
  )
})

// Not one left after cleaning or a pest treatment (猫毛一根都不会剩, 一只跳蚤都不剩).
describe('absolute-promise: not one left after cleaning or a treatment', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款吸尘器吸完沙发，猫毛一根都不会剩', undefined, '一根都不会剩', 'error'],
      ['这个拖把拖完地上灰尘都不剩', undefined, '灰尘都不剩', 'error'],
      ['这个驱蚊液喷完，蚊子都不剩', undefined, '蚊子都不剩', 'error'],
    ],
    [['这款库存一件都不剩了'], ['吸完猫毛都不剩了吗？']],
  )
})

// Quality trouble or a misfit ruled out (不会有质量问题, 不存在穿不下), and everyone able to wear it (谁都能戴).
describe('absolute-promise: quality trouble or a misfit ruled out', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这批货不会有质量问题的', undefined, '不会有质量问题', 'error'],
      ['弹力款的，不存在穿不下', undefined, '不存在穿不下', 'error'],
      ['均码的，谁都能戴', undefined, '谁都能戴', 'error'],
      ['這雙鞋不會有質量問題的', undefined, '不會有質量問題', 'error'],
    ],
    [['不是质量问题，是正常折痕'], ['不会有质量问题吗？']],
  )
})

// A refund staked on the effect (不甜不要钱, 没效果包退, 无效退款).
describe('absolute-promise: a refund staked on the effect', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这批荔枝不甜不要钱', undefined, '不甜不要钱', 'error'],
      ['这款眼贴用完一盒不消肿全额免单', undefined, '不消肿全额免单', 'error'],
      ['這款精華一個月無效退款', undefined, '無效退款', 'error'],
    ],
    [['我们不支持无效退款'], ['赠品是不要钱的'], ['运费不是不要钱的']],
  )
})

// What the shop's own goods are, vouched for: a certification after 保证是, authenticity as the topic before 我们保证, a short
// denial to a question whether the goods are fake or used (info, the shop's policy).
describe('absolute-promise: the shop vouching for what its own goods are', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款充电宝我们保证是国家认证产品', undefined, '保证', 'info'],
      ['行货我们保证，可以查序列号', undefined, '保证', 'info'],
      ['原装我们保证的，假一赔十', undefined, '保证', 'info'],
      ['绝对不是，我们只卖全新的', '你们家不会是翻新机吧', '绝对', 'info'],
      ['肯定不會的', '不會是假貨吧', '肯定', 'info'],
      ['绝对不会', '你们卖的是二手的吗？明天能到吗', '绝对', 'error'],
    ],
    [['我们保证是3c认证的吗？']],
  )
})

// A claim after the adverb (绝对是业内顶尖) or a price set against other sellers after 保证 (保证比实体店便宜): exaggeration's;
// a recommendation after the adverb (肯定选我们) and a degree after 保证 (保证基本的防潮) promise nothing.
describe('absolute-promise: claims, recommendations and degrees after the promise word', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个价格保证比外面便宜', undefined, '保证', 'info'],
    ],
    [
      ['我们的师傅技术绝对是业内顶尖'],
      ['这款音质肯定是行业一流'],
      ['您比较一下，肯定选我们家'],
      ['我个人绝对推荐这款'],
      ['这个收纳盒能保证基本的防尘，潮湿的地方建议加干燥剂'],
      ['稳稳滴，已经给您安排好了'],
    ],
  )
})

// A deal's deadline is no effect by a date (过了今天就没了); a patch test's next step is a condition (没有泛红再上脸).
describe('absolute-promise: a deal deadline and a patch-test step', () => {
  checkKinds(
    'absolute-promise',
    [['这款面霜涂三天痘痘就没了', undefined, '三天痘痘就没了', 'error']],
    [
      ['这个价过了今天就没了'],
      ['活动错过这两天就没了'],
      ['建议先在手腕试一下，没有发红再上脸', '敏感肌用了会不会过敏'],
      ['先小面积试用，不痒再上身', '会不会痒'],
    ],
  )
})

// The buyer's report of the shop's own slip, denied (漏发？…不可能漏): the shop's packing disputed, blame-customer's to judge.
describe('absolute-promise: a reported packing slip denied', () => {
  checkKinds(
    'absolute-promise',
    [['包得很厚，路上不可能漏', undefined, '不可能漏', 'error']],
    [['我们都是称重发货的，不可能少', '少发了一件'], ['漏发？我们都是两个人核对，不可能漏']],
  )
})

// Real traffic: a date set as the buyer asked (已经修改 … 12号送达), a later date confirmed (的确是12号到达的), a yes to a question
// that quotes the tracking (物流上显示…就会送到那), a good outcome asked as failing (没有拦截成功我是可以收货的吧), 有保证 of after-sales.
describe('absolute-promise: bookings, confirmations of a later date and after-sales protection', () => {
  checkKinds(
    'absolute-promise',
    [
      ['明天下午可以送达的哦', '明天能送过来么', '明天下午可以送达', 'error'],
      ['需要申请售后的呢有保证的呢', '是能快一些吗', '保证', 'info'],
    ],
    [
      ['好的 已经为您修改 20号送达', '帮我改到20号'],
      ['确实是15号到达的', '15号才到?'],
      ['是的呀', '物流上显示送到哪个网点就会送到那吗'],
      ['是的，到站后会继续配送', '没拦截成功的话我是可以收货的吧'],
    ],
  )
})

// The eyes said not to get worse after use, with a bare 不 (孩子用了视力不下降, 戴上度数就不涨).
describe('absolute-promise: eyesight not worsening, said with a bare 不', () => {
  checkKinds(
    'absolute-promise',
    [
      ['孩子用这盏台灯写作业，视力不下降', undefined, '视力不下降', 'error'],
      ['戴上这副镜片度数就不涨', undefined, '度数就不涨', 'error'],
      ['看這款護眼屏眼睛不疲勞', undefined, '眼睛不疲勞', 'error'],
    ],
    [['视力不下降的话就不用换镜片'], ['用了视力不下降吗？'], ['视力不好的话建议先验光']],
  )
})

// exaggeration: quality said to equal a big brand outright (跟大牌一模一样, 不输大牌).
describe('exaggeration: parity with a big brand', () => {
  checkKinds(
    'exaggeration',
    [
      ['这台投影仪画质跟大牌一模一样', undefined, '跟大牌一模一样', 'warning'],
      ['这款面霜用起来和专柜的一样', undefined, '和专柜的一样', 'warning'],
      ['这个耳机音质不输大牌', undefined, '不输大牌', 'warning'],
      ['這款粉底和大牌一模一樣', undefined, '和大牌一模一樣', 'warning'],
    ],
    [['不是说和大牌一模一样，但用料扎实'], ['是不是跟大牌一样？']],
  )
})

// exaggeration: scarcity over the whole world (全世界只剩, 全球仅存).
describe('exaggeration: world-wide scarcity', () => {
  checkKinds(
    'exaggeration',
    [
      ['这盏灯是孤品，全世界只剩这一盏', undefined, '全世界只剩', 'warning'],
      ['这批老茶全球仅存三饼', undefined, '全球仅存', 'warning'],
      ['全國只剩這幾台', undefined, '全國只剩', 'warning'],
    ],
    [['店里只剩两件了'], ['全世界只剩这几个了吗？']],
  )
})

// exaggeration: the skin's tone changed outright (秒变冷白皮, 变成奶白皮).
describe('exaggeration: skin tone changed outright', () => {
  checkKinds(
    'exaggeration',
    [
      ['坚持用两个月，黄皮秒变冷白皮', undefined, '秒变冷白皮', 'error'],
      ['這款身體乳擦一個月黑皮變白皮', undefined, '變白皮', 'error'],
      ['这款美白霜能让你直接变瓷白皮', undefined, '直接变瓷白皮', 'error'],
    ],
    [['黄皮也不可能变冷白皮'], ['冷白皮选这个色号']],
  )
})

// exaggeration: the back or a joint said to come right (腰就不疼了, 膝盖就好了).
describe('exaggeration: the back or a joint made right', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个护腰枕睡两晚，腰就不疼了', undefined, '腰就不疼了', 'error'],
      ['贴上这个膏药膝盖就好了', undefined, '膝盖就好了', 'error'],
      ['戴上這個護頸，頸椎就舒服了', undefined, '頸椎就舒服了', 'error'],
    ],
    [['您先休息，等腰就好了再来试'], ['贴上这个膝盖就好了吗？']],
  )
})

// exaggeration: efficacy only ours has (只有咱家的才管用), whoever is run down before it.
describe('exaggeration: efficacy only the shop has', () => {
  checkKinds(
    'exaggeration',
    [
      ['只有咱家的才管用', undefined, '只有咱家的才管用', 'warning'],
      ['别家都是智商税，唯有本店的才真正有效', undefined, '唯有本店的才真正有效', 'warning'],
      ['只有我們家的才有效', undefined, '只有我們家的才有效', 'warning'],
    ],
    [['只有我们家的会员才有效'], ['不敢说只有我们家的才管用']],
  )
})

// exaggeration: every rival worse (随便哪家都不如我们), lifelong non-stick (终身不粘), pests dead to the last (虱子全部死光),
// a pregnancy kept safe (保胎).
describe('exaggeration: rivals, lifelong wear, pests and pregnancy', () => {
  checkKinds(
    'exaggeration',
    [
      ['随便哪家都不如我们', undefined, '哪家都不如我们', 'warning'],
      ['其他家都不如我家的好', undefined, '其他家都不如我家', 'warning'],
      ['这款锅终身不粘', undefined, '终身不粘', 'warning'],
      ['這款鍋終身不粘', undefined, '終身不粘', 'warning'],
      ['用完之后虱子全部死光', undefined, '虱子全部死光', 'error'],
      ['这款孕妇枕还能保胎', undefined, '保胎', 'error'],
      ['孕婦吃了能養胎', undefined, '養胎', 'error'],
    ],
    [['电机终身保修'], ['会不会终身不粘？'], ['能把跳蚤全部杀死吗？'], ['这款安胎枕今天有货'], ['安胎药请遵医嘱']],
  )
})

// exaggeration look-alikes: a person who sends something (先生发), others' pets set against the buyer's, hair cleared out of a
// machine, the shop's own launch as the range, having it on hand is best.
describe('exaggeration: senders, contrasts, repairs, own ranges and advice', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款罐头猫都爱吃', undefined, '猫都爱吃', 'warning'],
      ['这台在我们店卖得最好，也是全网性价比最高的', undefined, '性价比最高', 'warning'],
    ],
    [
      ['这是王先生发来的照片'],
      ['那位女生发的评价您可以看看'],
      ['是您家宝宝太挑了，别的宝宝都爱吃', '宝宝不吃'],
      ['主刷缠住了，把缠绕的头发剪掉就好了'],
      ['滤网堵了，取出里面的毛发清理一下就好'],
      ['在我们这次推出的两款里，续航最强的是Max'],
      ['有的话最好，没有也不影响退货'],
      ['备着最好，以防万一'],
    ],
  )
})
