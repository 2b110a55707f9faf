#!/usr/bin/env node
// Rebuilds the third real-traffic corpus (agent replies from 657 real JD customer-service dialogues of
// the JDDC 2018 release, as sampled by the USS satisfaction data and preprocessed by USDA) into
// .real/asap.jsonl, which git ignores: research texts never go into commits, only ids, labels and this script.
//
// Source: github.com/smartyfh/ASAP (code of "Modeling User Satisfaction Dynamics in Dialogue via Hawkes
// Process", ACL 2023, which ships USDA's preprocessed splits), files dataset/jddc/{valid,test}_jddc.txt at
// the pinned commit below (train_jddc.txt is too large for our mirror and is not used). Get them either way:
//   git clone https://github.com/smartyfh/ASAP /tmp/asap
//   node scripts/real/rebuild-asap.mjs --git /tmp/asap
//   node scripts/real/rebuild-asap.mjs --file valid_jddc.txt --file test_jddc.txt
//     (each copy checked against its pinned blob hash)
// Without arguments it looks for the mirror at /work/.mirror/smartyfh+ASAP/repo.
//
// Input: one line per customer turn, `<Python list of "customer|||agent">\t<intents>\t<satisfaction>`, a
// sliding window (≤ 16 pairs) of the dialogue so far; 'OVERALL|||' closes a dialogue. Whitespace inside
// messages was removed upstream, and USDA joined consecutive agent messages with one space, so an agent
// block split on spaces gives back its messages. Output, one agent message a line:
//   {"id": "uss-jddc-<valid|test>-<dialogue index>:<turn index>", "text": "...", "previous": "..."}
// Two dialogues that are also in the first corpus (fixtures/eval/real/) and one exact duplicate are left
// out: 10,465 replies from 657 dialogues, every one with the customer's previous turn.

import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPinnedSources, writeRealCorpus } from './rebuild.mjs'

export const PINNED_COMMIT = 'f23651c3a5be97a64b46c671e4c082f1980501b5'
export const SOURCES = [
  { split: 'valid', path: 'dataset/jddc/valid_jddc.txt', blob: '16f1d430a45634c301634b8337a09ec742986fe3' },
  { split: 'test', path: 'dataset/jddc/test_jddc.txt', blob: 'cb51a5de6fd2ad0f92745ee45e531ca0eb412bac' },
]
/** sha256 of the rebuilt corpus: the labels' ids hold only for this text. */
export const CORPUS_SHA256 = '251d04bf295eff3f0d040b260efe9572fd0571a413180a18cc25006efd60fb62'
const DEFAULT_MIRROR = '/work/.mirror/smartyfh+ASAP/repo'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const CORPUS_PATH = join(root, '.real/asap.jsonl')

// Parse a Python repr() of a list of str (single- or double-quoted literals with backslash escapes).
export function parsePyStrList(s) {
  let i = 0
  const ws = () => { while (i < s.length && /\s/.test(s[i])) i++; }
  const fail = (m) => { throw new Error(`${m} at ${i}: ${s.slice(i, i + 40)}`); }
  ws(); if (s[i] !== '[') fail('expected ['); i++
  const items = []
  ws()
  if (s[i] === ']') return items
  for (;;) {
    ws()
    const q = s[i]
    if (q !== "'" && q !== '"') fail('expected quote')
    i++
    let str = ''
    for (;;) {
      if (i >= s.length) fail('unterminated string')
      const c = s[i]
      if (c === q) { i++; break; }
      if (c !== '\\') { str += c; i++; continue; }
      const e = s[i + 1]
      i += 2
      switch (e) {
        case '\\': str += '\\'; break
        case "'": str += "'"; break
        case '"': str += '"'; break
        case 'n': str += '\n'; break
        case 'r': str += '\r'; break
        case 't': str += '\t'; break
        case 'a': str += '\x07'; break
        case 'b': str += '\b'; break
        case 'f': str += '\f'; break
        case 'v': str += '\v'; break
        case '0': str += '\0'; break
        case 'x': str += String.fromCodePoint(parseInt(s.slice(i, i + 2), 16)); i += 2; break
        case 'u': str += String.fromCodePoint(parseInt(s.slice(i, i + 4), 16)); i += 4; break
        case 'U': str += String.fromCodePoint(parseInt(s.slice(i, i + 8), 16)); i += 8; break
        default: fail(`unknown escape \\${e}`)
      }
    }
    items.push(str)
    ws()
    if (s[i] === ',') { i++; ws(); if (s[i] === ']') { i++; break; } continue; }
    if (s[i] === ']') { i++; break; }
    fail('expected , or ]')
  }
  ws(); if (i !== s.length) fail('trailing text')
  return items
}

// Agent blocks that carry no agent-written text (same rule as real2; none occur in this source).
const IMAGE = /^[0-9a-f]{32}\.(jpg|jpeg|png|gif)$/i
const isPlaceholder = (t) => IMAGE.test(t) || t === '<url>' || t === '0'

const eqArr = (a, b) => a.length === b.length && a.every((x, k) => x === b[k])

// Rebuild full dialogues (arrays of "customer|||agent" pairs) from the sliding-window lines.
export function dialoguesOf(text) {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '')
  const dialogues = []
  let pairs = null; let prev = null
  for (const line of lines) {
    const cols = line.split('\t')
    if (cols.length !== 3) throw new Error(`expected 3 tab-separated columns: ${line.slice(0, 60)}`)
    const ctx = parsePyStrList(cols[0])
    if (prev === null) {
      pairs = ctx.slice()
    } else if (ctx.length === prev.length + 1) {
      // window grew: ctx = prev[0..n-2] + [prev[n-1] with agent text] + [new]
      if (!eqArr(ctx.slice(0, prev.length - 1), prev.slice(0, -1)) || !ctx[prev.length - 1].startsWith(prev[prev.length - 1]))
        throw new Error(`window mismatch: ${line.slice(0, 60)}`)
      pairs[pairs.length - 1] = ctx[prev.length - 1]
      pairs.push(ctx[ctx.length - 1])
    } else if (ctx.length === prev.length) {
      // window full: first pair dropped
      if (!eqArr(ctx.slice(0, -2), prev.slice(1, -1)) || !ctx[ctx.length - 2].startsWith(prev[prev.length - 1]))
        throw new Error(`window mismatch: ${line.slice(0, 60)}`)
      pairs[pairs.length - 1] = ctx[ctx.length - 2]
      pairs.push(ctx[ctx.length - 1])
    } else throw new Error(`unexpected window length: ${line.slice(0, 60)}`)
    prev = ctx
    if (ctx[ctx.length - 1] === 'OVERALL|||') { dialogues.push(pairs); pairs = null; prev = null; }
  }
  if (prev !== null) throw new Error('file ends inside a dialogue')
  return dialogues
}

// Dialogues left out (ids as assigned below, i.e. <split>-<index in file>):
//  - shared with real1 (JDDC 2019 sample, chat_0.1per.txt): same session, found by the overlap check
//    (SOURCE.md); real1 session ids in brackets.
//  - exact duplicates of an earlier dialogue in the same source (dropped automatically, see below).
const EXCLUDE = new Map([
  ['uss-jddc-test-0002', 'same dialogue as real1 c9f986c147d6343e87e84925e9671c5d'],
  ['uss-jddc-valid-0099', 'same dialogue as real1 03c46b1a5399dbe62b6ef20c73f61eb4'],
])


/** Agent replies with the customer's previous turn, from the text of one split. */
export function agentReplies(split, text, seen) {
  const replies = []
  dialoguesOf(text).forEach((pairs, dIdx) => {
    const id = `uss-jddc-${split}-${String(dIdx).padStart(4, '0')}`
    if (EXCLUDE.has(id)) return
    // An exact duplicate of an earlier dialogue (valid-0242 repeats valid-0208) is left out.
    const sig = JSON.stringify(pairs)
    if (seen.has(sig)) return
    seen.add(sig)
    let turn = 0
    let previous
    pairs.forEach((pair, k) => {
      const parts = pair.split('|||')
      if (parts.length !== 2) throw new Error(`${split}: ${id}: a pair without one |||: ${pair.slice(0, 60)}`)
      const [customer, agent] = parts
      // The satisfaction rating's marker closes the dialogue; it is not a turn.
      if (k === pairs.length - 1 && pair === 'OVERALL|||') return
      if (customer.trim()) previous = customer.trim()
      turn++
      if (!agent) return
      for (const message of agent.split(' ')) {
        const index = turn++
        const text = message.trim()
        if (!text || isPlaceholder(text)) continue
        replies.push(previous === undefined ? { id: `${id}:${index}`, text } : { id: `${id}:${index}`, text, previous })
      }
    })
  })
  return replies
}

function readSources(argv) {
  return readPinnedSources(argv, { sources: SOURCES, commit: PINNED_COMMIT, mirror: DEFAULT_MIRROR }).map(({ source, text }) => ({ split: source.split, text }))
}

function main() {
  const seen = new Set()
  const replies = readSources(process.argv.slice(2)).flatMap(({ split, text }) => agentReplies(split, text, seen))
  writeRealCorpus(CORPUS_PATH, replies, { commit: PINNED_COMMIT, sha256: CORPUS_SHA256 })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (error) {
    console.error(`rebuild-asap: ${error.message}`)
    process.exitCode = 1
  }
}
