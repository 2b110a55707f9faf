import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32 (thirty-second brief), lane ex36: exaggeration and competitor-disparagement against the domain taxonomy
 * (/work/notes/tax32/claims.md) and the read sets BJ and BI; kinds and decisions in fixtures/eval/lanes-s32/LANE-ex36.md.
 * The sentences are ours. Traps: the shop's own stock, a way of cooking, the buyer's question echoed, a deadline, a quoted
 * word explained, a bargaining floor, a count with no praise, the buyer's earlier purchase from the shop itself, the
 * courier's delay, a refusal to judge, fraud warned against, a condition on the price.
 */
describe('exaggeration: floor prices, the price nowhere else, purity, nine in ten, timeless (taxonomy lowest-price-claim and neighbours)', () => {
  checkKinds(
    'exaggeration',
    [
      ['今天这款直接地板价', undefined, '地板价', 'warning'],
      ['这件羽绒服现在是史低价', undefined, '史低价', 'warning'],
      ['这套茶具别家找不到这个价格', undefined, '别家找不到这个价格', 'warning'],
      ['这款茶叶零农药种植', undefined, '零农药', 'error'],
      ['洗洁精里没有任何化学成分', undefined, '没有任何化学成分', 'error'],
      ['宝宝辅食纯天然零添加', undefined, '纯天然零添加', 'error'],
      ['十个用过的里有八个都回购了', undefined, '十个用过的里有八个都回购', 'warning'],
      ['这套红木家具是传世之作', undefined, '传世之作', 'warning'],
      ['这款净水壶几百万家庭都在用', undefined, '几百万家庭都在用', 'warning'],
      ['这款洗衣液完全不含化学添加剂', undefined, '完全不含化学添加剂', 'error'],
    ],
    [
      ['唯一的库存就是这件黑色了'],
      ['解冻后白灼最好吃'],
      ['关于您问的能不能治便秘，这是普通食品，不能说治疗'],
      ['错过今天就没这个价了'],
      ['您说的“零添加”是指不加蔗糖'],
      ['十个里有八个是买给孩子的'],
      ['底价已经给您了'],
      ['这种挂钩贴在玻璃这种光滑面效果最好'],
      ['别家的价格我们不清楚，外面拿不到这个价的话可以找我们'],
    ],
  )
})

describe('competitor-disparagement: slow service, unreliable sellers, nonsense, bait, worth denied, the buyer\'s earlier purchase, innuendo', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['京东那边退款特别慢，还是找我们省心', undefined, '京东那边退款特别慢', 'warning'],
      ['虾皮上那些卖家都不可靠', undefined, '虾皮上那些卖家都不可靠', 'warning'],
      ['他们客服就是乱说的', '隔壁店说可以保修三年', '他们客服就是乱说', 'warning'],
      ['优衣库的也就是牌子响', undefined, '优衣库的也就是牌子响', 'warning'],
      ['别家的暖手宝两小时就凉了', undefined, '别家的暖手宝两小时就凉了', 'warning'],
      ['您之前买的多半是高仿', '我在别家买过同款', '您之前买的多半是高仿', 'warning'],
      ['他们那个一看就是组装的', '别家说他们是原装的', '那个一看就是组装的', 'warning'],
      ['有些商家的话听听就好', undefined, '有些商家的话听听就好', 'warning'],
      ['这一行水太深了', undefined, '这一行水太深', 'warning'],
      ['网上那些便宜的鱿鱼丝腥得要命', undefined, '网上那些便宜的鱿鱼丝腥得要命', 'warning'],
      ['爱普生的原装墨盒纯属割韭菜', undefined, '爱普生的原装墨盒纯属割韭菜', 'warning'],
      ['拼多多那边老缺货，还是在我们这拍吧', undefined, '拼多多那边老缺货', 'warning'],
    ],
    [
      ['您之前买的是旧款，这次是新款', '我之前在你们家买过'],
      ['您之前买的多半是旧批次'],
      ['我们的售后处理很快'],
      ['物流这几天特别慢，抱歉'],
      ['别家的话我们不评价'],
      ['被骗了吗？请在平台内付款'],
      ['这款保温杯装开水六小时后还是热的'],
      ['这行业的规矩是七天无理由'],
      ['割韭菜的事我们不做'],
      ['这款最近老缺货，到货第一时间通知您'],
    ],
  )
})
