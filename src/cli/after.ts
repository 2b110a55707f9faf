import { own } from './agent.js'

/**
 * What the agent sends after a reply in the same turn (LintOptions.agentAfter): its later messages in the session, until
 * the customer speaks again there, the session or the file ends. Real transcripts split one answer over several
 * messages (抱歉哦亲 / 赠品都是指定的哈 / 无法修改); the first is not the whole reply.
 *
 * A reply cannot be linted until its turn is known, so replies wait here, in file order, and are handed on in file order
 * once their turn is: the output is the same as linting each at once, only later. Bounded like agentBefore
 * (agent.ts SAID_CHARS): at most AFTER_CHARS characters and AFTER_MESSAGES messages of the rest of the turn, and a
 * reply waits at most AFTER_REACH turns of the file (any speaker, any session): then what came is all it gets. So at
 * most AFTER_REACH + 1 replies wait, whatever the file, and a range read by a worker (ranges.ts) needs at most
 * AFTER_REACH turns past its end to settle its last replies as one thread would.
 */
export const AFTER_CHARS = 400
export const AFTER_MESSAGES = 8
export const AFTER_REACH = 64

interface Waiting<T> {
  item: T
  session: string | undefined
  /** The turn number of the file the reply was read at. */
  at: number
  after: string | undefined
  messages: number
  open: boolean
}

export class TurnAfter<T> {
  /** Replies in file order, the first still open (those before it are handed on at once). */
  private readonly waiting: Array<Waiting<T>> = []
  /** The open replies of each session, so a turn touches only its own session's. */
  private readonly bySession = new Map<string, Array<Waiting<T>>>()
  /** Turns read so far (every turn of the file, whoever speaks). */
  private turns = 0

  /** `done` gets each reply, in file order, with the rest of its turn. */
  constructor(private readonly done: (item: T, after: string | undefined) => void) {}

  /** Replies still waiting for the rest of their turn. */
  get open(): boolean {
    return this.bySession.size > 0
  }

  /**
   * One more turn of the file: a customer's message closes its session's agent turn, an agent's message is part of it
   * (role undefined: a speaker not told apart, nothing for the turn). Call for every turn, before `reply`.
   */
  turn(session: string | undefined, role: 'agent' | 'customer' | undefined, text: string): void {
    this.turns++
    const waiting = this.waiting
    if (waiting.length === 0) return
    // Replies are in file order: those now out of reach are the first ones.
    for (let i = 0; i < waiting.length && this.turns - waiting[i]!.at > AFTER_REACH; i++) if (waiting[i]!.open) this.close(waiting[i]!)
    const mine = session === undefined || role === undefined ? undefined : this.bySession.get(session)
    if (mine) {
      if (role === 'customer') {
        for (const w of mine) w.open = false
        this.bySession.delete(session!)
      } else {
        for (const w of [...mine]) {
          w.after = w.after === undefined ? text : `${w.after}\n${text}`
          if (++w.messages >= AFTER_MESSAGES || w.after.length >= AFTER_CHARS) {
            w.after = own(w.after.slice(0, AFTER_CHARS))
            this.close(w)
          }
        }
      }
    }
    this.flush()
  }

  /**
   * The agent reply of the turn just read (after `turn`): waits for the rest of its turn, or, outside a chat
   * (`session` undefined: a reply file), is handed on as soon as the replies before it are.
   */
  reply(item: T, session: string | undefined): void {
    if (session === undefined && this.waiting.length === 0) {
      this.done(item, undefined)
      return
    }
    const w: Waiting<T> = { item, session, at: this.turns, after: undefined, messages: 0, open: session !== undefined }
    this.waiting.push(w)
    if (session === undefined) return
    const mine = this.bySession.get(session)
    if (mine) mine.push(w)
    else this.bySession.set(session, [w])
  }

  /** The file (or what a range may read past its end) is over: every reply gets what came of its turn. */
  end(): void {
    for (const w of this.waiting) w.open = false
    this.bySession.clear()
    this.flush()
  }

  private close(w: Waiting<T>): void {
    w.open = false
    const mine = this.bySession.get(w.session!)!
    if (mine.length === 1) this.bySession.delete(w.session!)
    else mine.splice(mine.indexOf(w), 1)
  }

  private flush(): void {
    const waiting = this.waiting
    let n = 0
    while (n < waiting.length && !waiting[n]!.open) n++
    if (n === 0) return
    const ready = waiting.splice(0, n)
    for (const w of ready) this.done(w.item, w.after === undefined ? undefined : own(w.after))
  }
}
