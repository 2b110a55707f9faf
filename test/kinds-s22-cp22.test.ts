import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 22, lane cp22 (issue 8): competitor-disparagement misses of three new authors read as grammar
 * (LANE-cp22.md). The other seller pointed at by a pointing word with a few characters of description before its
 * head (那个 + 国外 + 牌子); the shop's own experience with theirs (我们也拆过) and theirs measured against the shop
 * (只有我们的一半) are reports, not the shop as subject; 不是A就是B offers two charges and 反正 answers a feigned
 * abstention; a copula equating theirs with a name of scorn; a comparison split around the shop (没法跟我们这个比);
 * failure after any count of any unit; a bad end foretold; staff who know nothing. The sentences are ours.
 */
describe('competitor-disparagement: the seller pointed at across a description, and reports by the shop', () => {
  checkKinds(
    'competitor-disparagement',
    [
      // pointing word + description + head
      ['那个国外牌子的锅底没几天就掉涂层', undefined, '那个国外牌子的锅底没几天就掉涂层', 'warning'],
      ['那个卖家的相机全是翻新机', undefined, '那个卖家的相机全是翻新机', 'warning'],
      ['那些小网红卖家的面膜都是三无', undefined, '那些小网红卖家的面膜都是三无', 'warning'],
      // goods pointed at by their scorn
      ['那种杂牌充电头根本不靠谱', undefined, '那种杂牌充电头根本不靠谱', 'warning'],
      // the shop reports what it went through with theirs
      ['他们家的耳机我们也试过，底噪特别大', undefined, '他们家的耳机我们也试过，底噪特别大', 'warning'],
      ['某某牌的奶粉我们拿来化验过，全是糖精冲的', undefined, '某某牌的奶粉我们拿来化验过，全是糖精冲的', 'warning'],
      // theirs measured against the shop
      ['别家的羽绒含量只有我们的一半，还全是飞丝', undefined, '别家的羽绒含量只有我们的一半，还全是飞丝', 'warning'],
      // 不是A就是B
      ['外面那么便宜的，不是二手就是拼装机', undefined, '外面那么便宜的，不是二手就是拼装机', 'warning'],
      // paralipsis
      ['那几家我就不评价了，反正翻新机不少', undefined, '那几家我就不评价了，反正翻新机', 'warning'],
    ],
    [
      // the shop describing its own pointer-less goods, negation, a real hedge, a condition
      ['那个国外牌子我们也有代理，价格一样的'],
      ['我们试过很多次了，这款不会掉涂层'],
      ['别家的是不是翻新机我们不清楚，您以验机报告为准'],
      ['如果您在那个卖家买到翻新机，可以找平台申诉'],
      // 不是A，就是B with a pause: "not A, only B" (no charge of A)
      ['别家的也不是假货，就是价格贵一点'],
      // 反正 with the shop as subject
      ['别家怎么样我不评价，反正我们家都是正品'],
      // the shop's own item is a toy (a toy shop), quoted warning
      ['这个就是个玩具，三岁以上都能玩'],
      ['我们只有一半的库存了，别家也有货'],
    ],
  )
})

describe('competitor-disparagement: constructions over shared classes (copula of scorn, split comparison, counts, prophecy, ignorance)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家的扫地机就是个摆设', undefined, '隔壁那家的扫地机就是个摆设', 'warning'],
      ['别的直播间的筋膜枪简直是智商税', undefined, '别的直播间的筋膜枪简直是智商税', 'warning'],
      ['别家那个牌子说白了就是皮包公司', undefined, '别家那个牌子说白了就是皮包公司', 'warning'],
      ['他们家的音响根本没法跟咱家这款比', undefined, '他们家的音响根本没法跟咱家这款比', 'warning'],
      ['别家的拖把拖两下就散架', undefined, '别家的拖把拖两下就散架', 'warning'],
      ['外面那些工作室代充的号早晚被封', undefined, '外面那些工作室代充的号早晚被封', 'warning'],
      ['其他店的客服什么都答不上来', undefined, '其他店的客服什么都答不上来', 'warning'],
      ['那个牌子的证书都是花钱买的', undefined, '那个牌子的证书都是花钱买的', 'warning'],
      ['别家才不会给你免费换新', undefined, '别家才不会给你', 'warning'],
    ],
    [
      // the shop about itself, negation, a question, a whole market beaten (exaggeration's, not a rival named)
      ['我们这款不是摆设，每天都能用'],
      ['这款没法跟您保证颜色完全一样，屏幕有色差'],
      ['我们这台没法跟旗舰机比，胜在便宜'],
      ['别家的拖把拖两下就散架吗？我们没听说过'],
      ['电池迟早会老化，这是正常现象'],
      ['您要是什么都不懂也没关系，我们一步步教'],
      ['我们的证书不是花钱买的，编号官网可查'],
      ['我们是唯一有这个认证的，其他都比不了'],
      ['您放心，快递才不会给您扔在门口'],
      // 第一时间 / 保证金 / 最近 are no seller
      ['保证金的事我们第一时间处理，最近别家也是这么操作的'],
    ],
  )
})

/**
 * off-platform (cp22): money from the agent to the buyer out of pocket (offplat.private × offplat.to.you) and the buyer's
 * account asked for after the promise of money; the platform kept out of the deal; another marketplace as where to order
 * (offplat.go.platform, then 那边下单); the shop's own group; a contact hidden in the profile; the agent's account on any
 * chat app (offplat.my.app); a one-letter app announced by a colon and an account handed over with its verb.
 */
describe('off-platform: money paid to the buyer privately, the platform kept out, led away by description', () => {
  checkKinds(
    'off-platform',
    [
      ['这次的损失我私底下赔给你', undefined, '私底下赔给你', 'error'],
      ['邮费我自掏腰包给您补', undefined, '自掏腰包给您补', 'error'],
      ['差价我直接转给您，您把支付宝账号告诉我', undefined, '转给您，您把支付宝账号', 'error'],
      ['到货付给师傅就行，千万不要让平台知道', undefined, '千万不要让平台知道', 'error'],
      ['链接这边挂不了，你到拼多多搜我们店名，那边直接拍', undefined, '到拼多多搜我们店名，那边直接拍', 'error'],
      ['我拉您进我们内部群，群里每周上新', undefined, '拉您进我们内部群', 'error'],
      ['我主页上有联系方式，急事找我', undefined, '主页上有联系方式', 'error'],
      ['图片发到我的私人企微就行', undefined, '我的私人企微', 'error'],
      ['补件直接找厂家，Q：3 9 2 7 7 1 0 5 6', undefined, 'Q：3 9 2 7 7 1 0 5 6', 'error'],
      ['我微信给您：shop_kf88，有事留言', undefined, '我微信给您：shop_kf88', 'error'],
    ],
    [
      // refusals, the platform's own refund, questions, goods sent as amends, the platform's own group, the shop's page
      ['我们不能私下给您转钱，退款都走平台'],
      ['退款会原路退给您，支付宝账号不用提供'],
      ['您是用支付宝账号登录的吗？'],
      ['您可以跟平台客服说明一下情况'],
      ['别去闲鱼那边买，容易被骗'],
      ['您之前是去淘宝那边下单的吗？'],
      ['店铺首页有新品，主页上可以看到'],
      ['我的LINE Pay付不了，您换一种方式'],
      ['保证金那边我们第一时间跟平台沟通，最近审核比较慢'],
    ],
  )
})

/**
 * privacy-leak (cp22): another buyer named by a surname and a kin word (王姐, 赵阿姨) and placed by where they live, in a
 * relative clause before the name (住在…的王姐, 这位…的李姐); the agent's own mobile typed in digits is a full personal number
 * shown in the chat (a business line or one spelt in words stays off-platform's alone).
 */
describe('privacy-leak: another buyer by surname + kin word placed by a relative clause, and the agent’s own mobile', () => {
  checkKinds(
    'privacy-leak',
    [
      ['上周有位住在武汉洪山区珞喻路的陈姐也订了这款', undefined, '武汉洪山区珞喻路', 'error'],
      ['这位浙江温州鹿城区的周阿姨已经收到了', undefined, '温州鹿城区的周阿姨', 'error'],
      ['着急的话打我手机15866778899，我一直在', undefined, '15866778899', 'error'],
    ],
    [
      // greeting the buyer by surname + kin, kin of one's own, a business line, spelt digits, the shop's own address
      ['王姐您好，您的包裹已经到驿站了'],
      ['我表姐也在杭州西湖区上班'],
      ['小姐姐放心，帅哥师傅明天上门'],
      ['售后可以打厂家电话15866778899'],
      ['急事打我手机一五八六六七七八八九九'],
      ['退货请寄到我们仓库：杭州余杭区仓前街道，最近第一时间处理'],
    ],
  )
})
