import { RE2JS } from 're2js'
import { UsageError } from './errors.js'
import type { Role } from './inputs/types.js'

/** Words shops and tools use for the two sides of a chat, in role columns and fields. */
const AGENT_WORDS = new Set(['agent', 'staff', 'seller', 'service', 'waiter', 'assistant', 'kefu', 'shop', 'store', '客服', '卖家', '商家', '店铺', '店家', '小二'])
const CUSTOMER_WORDS = new Set(['customer', 'buyer', 'user', 'client', 'guest', 'visitor', '顾客', '买家', '客户', '用户', '访客'])

export function roleFromWord(word: unknown): Role | undefined {
  if (typeof word !== 'string') return undefined
  // Most lines spell the role plainly: no copies for them.
  if (AGENT_WORDS.has(word)) return 'agent'
  if (CUSTOMER_WORDS.has(word)) return 'customer'
  const w = word.trim().toLowerCase()
  if (AGENT_WORDS.has(w)) return 'agent'
  if (CUSTOMER_WORDS.has(w)) return 'customer'
  return undefined
}

/** Which speakers are agents (`--agent`): a `/regex/flags`, or a name. */
export type AgentMatcher = (speaker: string | undefined) => boolean

/**
 * A name matches itself and its sub-accounts: `--agent 某某旗舰店` matches `某某旗舰店:小美`,
 * the 主账号:子账号 form shop-side names take in 千牛 and Tmall logs; a QQ speaker
 * `Name(10001)` is matched by its name or its number.
 */
export function agentMatcher(patterns: readonly string[]): AgentMatcher | undefined {
  if (patterns.length === 0) return undefined
  const tests = patterns.map((p): ((s: string) => boolean) => {
    const re = /^\/(.+)\/([a-z]*)$/s.exec(p)
    if (re) {
      const regex = speakerRegex(re[1]!, re[2]!)
      return (s) => regex.test(s)
    }
    // 主账号 → 主账号:子账号; a QQ name or number → `Name(10001)`.
    return (s) => s === p || s.startsWith(`${p}:`) || s.startsWith(`${p}(`) || s.endsWith(`(${p})`)
  })
  return (speaker) => speaker !== undefined && tests.some((t) => t(speaker))
}

/**
 * A `/regex/` runs on every speaker name of a transcript someone else wrote: RE2 (linear time,
 * no backtracking) rather than V8's engine, so a name cannot make `/^(a+)+$/` take forever.
 * Flags i, s and m as in JavaScript; g, u and y change nothing for a yes/no test.
 */
function speakerRegex(source: string, flags: string): RE2JS {
  let bits = 0
  for (const f of flags) {
    if (f === 'i') bits |= RE2JS.CASE_INSENSITIVE
    else if (f === 's') bits |= RE2JS.DOTALL
    else if (f === 'm') bits |= RE2JS.MULTILINE
    else if (f !== 'g' && f !== 'u' && f !== 'y') throw new UsageError(`--agent /${source}/${flags}: unknown flag ${f}`)
  }
  try {
    return RE2JS.compile(source, bits)
  } catch (e) {
    // RE2 has no backreferences or lookaround: those patterns are refused, not run slowly.
    throw new UsageError(`--agent /${source}/${flags}: ${(e as Error).message} (RE2 syntax: no backreferences or lookaround)`)
  }
}

/**
 * Who is speaking, and what the customer asked last in each session. A customer's run of
 * messages (joined) is the context of every agent reply that follows it, until the customer
 * speaks again. Sessions are capped so memory stays flat on a long transcript.
 */
export class Conversation {
  private readonly sessions = new RecentMap<string, { text: string; answered: boolean; said?: string }>(MAX_SESSIONS)

  constructor(private readonly agent: AgentMatcher | undefined) {}

  /** 'agent' to lint, 'customer' for context, undefined when nothing tells. */
  roleOf(role: Role | undefined, speaker: string | undefined): Role | undefined {
    // Formats that mark the agent with a flag (waiter_send, IsSender) name no speaker to match.
    if (!this.agent || speaker === undefined) return role
    if (role === 'customer') return 'customer'
    // --agent narrows the agents to those named; other shop-side speakers are neither.
    if (this.agent(speaker)) return 'agent'
    return role === 'agent' ? undefined : 'customer'
  }

  customer(session: string, text: string): void {
    const s = this.sessions.get(session)
    if (s && !s.answered) {
      s.text = own(`${s.text}\n${text}`)
      return
    }
    this.sessions.set(own(session), { text: own(text), answered: false })
  }

  /**
   * What the agent already sent in the turn of the reply agentReply last returned for (LintOptions.agentBefore),
   * read right after the call, so the hot path allocates nothing more.
   */
  agentBefore: string | undefined = undefined

  /** The customer's turn an agent reply answers; `text` is the reply, remembered for the next one. */
  agentReply(session: string, text: string): string | undefined {
    const s = this.sessions.get(session)
    if (!s) {
      this.agentBefore = undefined
      return undefined
    }
    this.agentBefore = s.said
    s.said = joinSaid(s.said, text)
    s.answered = true
    return s.text
  }
}

/** How much of the agent's turn so far is kept per session (its end): enough to tell an answer from a template. */
export const SAID_CHARS = 400

/** The agent's turn so far with one more message, its end kept (SAID_CHARS). */
export function joinSaid(said: string | undefined, text: string): string {
  const joined = said === undefined ? text : `${said}\n${text}`
  return own(joined.length > SAID_CHARS ? joined.slice(joined.length - SAID_CHARS) : joined)
}

/** Sessions a transcript reader remembers (the most recently started): memory stays flat. */
export const MAX_SESSIONS = 10_000

/**
 * A map of strings that forgets its least recently set entry once it holds more than `limit`.
 *
 * An open-addressing hash table (linear probing, deletion by backward shift) over arrays that
 * grow to `limit + 1` entries and then stay, with the entries on a doubly linked list in the
 * order they were set: once grown, setting, moving an entry to the end and forgetting the oldest
 * allocate nothing. A `Map` did the same with
 * `delete` + `set`, and every deletion left a hole in V8's table until it was rebuilt: at 10,000
 * sessions each rebuild is a ~460 KB table in the large-object space, ~19 MB per million
 * transcript lines that only a full GC frees, the largest part of what grew the heap between
 * full collections on a long transcript (pf20, sampling heap profiler). (A fresh
 * `keys().next()` per eviction was worse still: quadratic, see the sixth session's notes.)
 */
export class RecentMap<K extends string, V> {
  /** Entry number + 1 per slot (at least twice as many slots as entries); 0 = empty. */
  private slots = new Int32Array(32)
  private mask = 31
  private keys: Array<K | undefined> = []
  private values: Array<V | undefined> = []
  private hashes = new Int32Array(16)
  /** Set order: `prev` toward the oldest, `next` toward the newest; -1 ends. */
  private prev = new Int32Array(16)
  private next = new Int32Array(16)
  private oldest = -1
  private newest = -1
  private size = 0

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const e = this.find(key, hashOf(key))
    return e === -1 ? undefined : this.values[e]
  }

  /** Sets the entry as the most recent one. */
  set(key: K, value: V): void {
    const h = hashOf(key)
    let e = this.find(key, h)
    if (e !== -1) {
      this.values[e] = value
      if (e !== this.newest) {
        this.unlink(e)
        this.append(e)
      }
      return
    }
    // Entry numbers 0..limit: one more than the limit, freed at once below when it is passed.
    if (this.size === this.hashes.length) this.grow()
    e = this.size++
    this.keys[e] = key
    this.values[e] = value
    this.hashes[e] = h
    let slot = h & this.mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
    this.slots[slot] = e + 1
    this.append(e)
    if (this.size > this.limit) this.forgetOldest()
  }

  /** Room for twice the entries (at most limit + 1), every entry put in the larger table again. */
  private grow(): void {
    const entries = Math.min(this.hashes.length * 2, this.limit + 1)
    const widen = (a: Int32Array) => {
      const b = new Int32Array(entries)
      b.set(a)
      return b
    }
    this.hashes = widen(this.hashes)
    this.prev = widen(this.prev)
    this.next = widen(this.next)
    let capacity = this.slots.length
    while (capacity < 2 * entries) capacity *= 2
    this.slots = new Int32Array(capacity)
    this.mask = capacity - 1
    for (let e = 0; e < this.size; e++) {
      let slot = this.hashes[e]! & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = e + 1
    }
  }

  private find(key: K, h: number): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot]! - 1
      if (e === -1) return -1
      if (this.hashes[e] === h && this.keys[e] === key) return e
    }
  }

  private append(e: number): void {
    this.prev[e] = this.newest
    this.next[e] = -1
    if (this.newest !== -1) this.next[this.newest] = e
    else this.oldest = e
    this.newest = e
  }

  private unlink(e: number): void {
    const p = this.prev[e]!
    const n = this.next[e]!
    if (p !== -1) this.next[p] = n
    else this.oldest = n
    if (n !== -1) this.prev[n] = p
    else this.newest = p
  }

  /** Removes the oldest entry; the last entry number takes its place, so numbers stay dense. */
  private forgetOldest(): void {
    const gone = this.oldest
    this.unlink(gone)
    this.clearSlot(gone)
    const last = --this.size
    if (gone !== last) {
      // Renumber the last entry as `gone`: its slot, its neighbours and its arrays.
      this.slots[this.slotOf(last)] = gone + 1
      this.keys[gone] = this.keys[last]
      this.values[gone] = this.values[last]
      this.hashes[gone] = this.hashes[last]!
      const p = this.prev[last]!
      const n = this.next[last]!
      this.prev[gone] = p
      this.next[gone] = n
      if (p !== -1) this.next[p] = gone
      else this.oldest = gone
      if (n !== -1) this.prev[n] = gone
      else this.newest = gone
    }
    this.keys[last] = undefined
    this.values[last] = undefined
  }

  private slotOf(e: number): number {
    let slot = this.hashes[e]! & this.mask
    while (this.slots[slot] !== e + 1) slot = (slot + 1) & this.mask
    return slot
  }

  /** Empties the entry's slot and shifts later entries of its probe run back (no tombstones). */
  private clearSlot(e: number): void {
    let hole = this.slotOf(e)
    this.slots[hole] = 0
    for (let slot = (hole + 1) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const home = this.hashes[this.slots[slot]! - 1]! & this.mask
      // Moved back only if its home is not in (hole, slot] (cyclically): it stays findable.
      if (((slot - home) & this.mask) >= ((slot - hole) & this.mask)) {
        this.slots[hole] = this.slots[slot]!
        this.slots[slot] = 0
        hole = slot
      }
    }
  }
}

/** FNV-1a over UTF-16 code units, mixed (session ids are short and often differ by one digit). */
function hashOf(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return h ^ (h >>> 13)
}

/**
 * A copy of a string that shares no memory with the text it was cut from. Lines are slices of
 * the chunk they were decoded from; a slice kept for later (a customer turn, a finding's
 * record) would keep the whole chunk alive, and memory would grow with the file.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1)
}
