import type { Profile } from '../types.js'

/**
 * Named presets. Lexicon entries can also be limited to profiles (`profiles: [zh-TW]`),
 * and rules read the profile for context (strict escalates claims).
 *  - marketplace: mainland marketplaces (Taobao/Tmall, JD, Douyin); 亲 and 宝贝 are house style.
 *  - zh-TW: Taiwan / Hong Kong shops; 亲/宝子/么么哒 read as over-intimate.
 *  - strict: regulated categories (cosmetics, food, health): every efficacy or superlative
 *    claim, and every absolute promise, is an error.
 */
export const PROFILES: Record<Profile, { rules: Record<string, 'off' | 'info' | 'warning' | 'error'> }> = {
  marketplace: { rules: {} },
  'zh-TW': { rules: {} },
  strict: { rules: { exaggeration: 'error' } },
}
