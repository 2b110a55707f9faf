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
