/**
 * What an entry's tags ask of the text around a hit (context.yaml's lists, position.ts's checks): a clause opening, a word
 * after or before it, none near it, an address, a hit standing alone, an exclamation; and whether a hit typed in capitals
 * is a code rather than lower-case slang (hasUpper).
 */
import type { CompiledEntry } from '../../src/types.js'
import { LIST_TAG, lists } from './data.js'
import { follows, isAddress, nearInSentence, opensClause, precedes, standsAlone, exclaims, type AddressLists } from './position.js'

/** What an entry's tags ask of the text around a hit (see context.yaml). */
export interface Constraints {
  start?: string[]
  after?: string[]
  before?: string[]
  unlessNear?: string[]
  /** Longer words in which an `unlessNear` word does not count (context.yaml's <list>Not: 黑猫 for colour's 黑). */
  unlessNearMasks?: string[]
  address?: 'loose' | 'strict'
  alone?: boolean
  /** An exclamation opening its clause (nb 您这眼光) will do instead of `after`/`before`. */
  exclaim?: boolean
  /** Typed in lower case only (wl, tk): in capitals it is a model code (鬼斩TK, C27FH). */
  lower?: boolean
}

const constraintCache = new Map<string, Constraints>()
export function constraintsOf(entry: CompiledEntry): Constraints {
  const key = entry.tags.join('|')
  let c = constraintCache.get(key)
  if (!c) {
    c = {}
    for (const tag of entry.tags) {
      if (tag === 'address') c.address = 'loose'
      else if (tag === 'address:strict') c.address = 'strict'
      else if (tag === 'alone') c.alone = true
      else if (tag === 'exclaim') c.exclaim = true
      else if (tag === 'lower') c.lower = true
      const m = LIST_TAG.exec(tag)
      if (m) {
        const kind = m[1] as 'start' | 'after' | 'before' | 'unlessNear'
        const names = m[2]!.split('+')
        c[kind] = [...(c[kind] ?? []), ...names.flatMap((name) => lists.get(name) ?? [])]
        if (kind === 'unlessNear') c.unlessNearMasks = [...(c.unlessNearMasks ?? []), ...names.flatMap((name) => lists.get(`${name}Not`) ?? [])]
      }
    }
    constraintCache.set(key, c)
  }
  return c
}

const addressLists: AddressLists = {
  lead: lists.get('addressLead')!,
  subject: lists.get('addressSubject')!,
  object: lists.get('addressObject')!,
  particles: lists.get('particles')!,
  pitch: lists.get('addressPitch') ?? [],
}

/** Whether the hit's surroundings are what its entry requires. */
export function fits(c: Constraints, text: string, start: number, end: number): boolean {
  if (c.start && !opensClause(text, start) && !follows(text, start, c.start)) return false
  if ((c.after || c.before) && !(c.after && follows(text, start, c.after)) && !(c.before && precedes(text, end, c.before)) && !(c.exclaim && exclaims(text, start, end))) return false
  if (c.unlessNear && nearInSentence(text, start, end, c.unlessNear, c.unlessNearMasks)) return false
  if (c.address && !isAddress(text, start, end, addressLists, c.address === 'strict')) return false
  if (c.alone && !standsAlone(text, start, end, addressLists.particles)) return false
  return true
}

/** Whether original[start, end) holds a capital letter (ASCII or full-width). */
export function hasUpper(original: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a)) return true
  }
  return false
}
