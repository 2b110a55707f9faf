#!/usr/bin/env node
// Rebuilds the fourth real-traffic corpus (agent replies from 1,213 real JD customer-service dialogues of
// JDDC, as annotated by CSDS, "CSDS: A Fine-Grained Chinese Dataset for Customer Service Dialogue
// Summarization", EMNLP 2021) into .real/csds.jsonl, which git ignores: research texts never go into commits,
// only ids, labels and this script.
//
// Source: github.com/xiaolinAndy/TODS (the CSDS authors' "Topic-Oriented Dialogue Summarization" code), which
// ships CSDS's val and test dialogues as data/CSDS/topic/{val,test}.json at the pinned commit below (the CSDS
// repository itself holds no data; train.json is too large for our mirror and is not used). Get them either way:
//   git clone https://github.com/xiaolinAndy/TODS /tmp/tods
//   node scripts/real/rebuild-csds.mjs --git /tmp/tods
//   node scripts/real/rebuild-csds.mjs --file val.json --file test.json   (each checked against its pinned blob)
// Without arguments it looks for the mirror at /work/.mirror/xiaolinAndy+TODS/repo.
//
// Input: a JSON array of {Dialogue, Topic, …}, one element per (dialogue, topic), so a dialogue repeats once per
// topic. Dialogue = the whole session, turns joined by "[SEP][CLS]", each "<role>:<utterance>"; roles 客服 (the
// agent) and the session's asker: 用户 (a buyer), 商家 (a merchant) or 物流师傅/师傅 (a courier). TODS removed
// the spaces inside messages and cut every "<role>:<utterance>" to 30 characters, so an agent message of 27 or
// more characters may be cut short: such messages are left out as replies (1,827) but stay in the context.
// Output, one agent message a line, fields in this order:
//   {"id": "csds-tods-<val|test>-d<dialogue index>-t<turn index>", "text", "previous"?, "agentBefore"?}
// previous = the buyer's last non-empty turn; agentBefore = the agent's messages since it, one a line (the
// messages left out included). Only buyers' sessions are kept; 248 dialogues that share a session with an
// earlier corpus are left out (fixtures/eval/real-csds/excluded-dialogues.json): 13,524 replies.

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPinnedSources, writeRealCorpus } from './rebuild.mjs'

export const PINNED_COMMIT = '4c28a28d2e409363546c54e3096c6143c24f5d6c'
export const SOURCES = [
  { split: 'val', path: 'data/CSDS/topic/val.json', blob: '4fac3ad27b9b04bf6fb35a1b69efb3fd0edb6525' },
  { split: 'test', path: 'data/CSDS/topic/test.json', blob: '64338228dbb19f35ef48a70e1dfab44b1ec56e68' },
]
/** sha256 of the rebuilt corpus: the labels' ids hold only for this text. */
export const CORPUS_SHA256 = '9f619c3b7b4caea67233b9cbd89c7374664ccbeeff28e493039665fee08a38a7'
const DEFAULT_MIRROR = '/work/.mirror/xiaolinAndy+TODS/repo'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const CORPUS_PATH = join(root, '.real/csds.jsonl')
const EXCLUDED_PATH = join(root, 'fixtures/eval/real-csds/excluded-dialogues.json')

const AGENT = '客服'
const ASKERS = new Set(['用户', '商家', '物流师傅', '师傅'])
const BUYER = '用户'
/** TODS cut "客服:" + the message to 30 characters: 27 or more may be cut short. */
const MAY_BE_CUT = 27
const TURN_SEPARATOR = '[SEP][CLS]'

/** Agent replies of one split, with the buyer's previous turn and the agent's messages since it. */
export function agentReplies(split, text, excluded) {
  const records = JSON.parse(text)
  const dialogues = [...new Set(records.map((r, k) => {
    if (typeof r.Dialogue !== 'string') throw new Error(`${split}: record ${k} has no Dialogue string`)
    return r.Dialogue
  }))]
  const replies = []
  dialogues.forEach((dialogue, k) => {
    const turns = dialogue.split(TURN_SEPARATOR).map((turn, i) => {
      const colon = turn.indexOf(':')
      if (colon < 0) throw new Error(`${split}: dialogue ${k}, turn ${i} has no role`)
      const role = turn.slice(0, colon)
      if (role !== AGENT && !ASKERS.has(role)) throw new Error(`${split}: dialogue ${k}, turn ${i}: unknown role ${role}`)
      return { i, role, text: turn.slice(colon + 1).trim() }
    })
    const askers = new Set(turns.filter((t) => t.role !== AGENT).map((t) => t.role))
    if (askers.size > 1) throw new Error(`${split}: dialogue ${k} mixes askers: ${[...askers].join(', ')}`)
    if (!askers.has(BUYER) || excluded.has(`${split}-d${k}`)) return
    let previous
    let agentBefore = []
    for (const t of turns) {
      if (t.role !== AGENT) {
        if (t.text !== '') {
          previous = t.text
          agentBefore = []
        }
        continue
      }
      if (t.text === '') continue
      if ([...t.text].length < MAY_BE_CUT) {
        const reply = { id: `csds-tods-${split}-d${k}-t${t.i}`, text: t.text }
        if (previous !== undefined) reply.previous = previous
        if (agentBefore.length > 0) reply.agentBefore = agentBefore.join('\n')
        replies.push(reply)
      }
      agentBefore.push(t.text)
    }
  })
  return replies
}

function main() {
  const excluded = new Set(Object.keys(JSON.parse(readFileSync(EXCLUDED_PATH, 'utf8')).dialogues))
  const sources = readPinnedSources(process.argv.slice(2), { sources: SOURCES, commit: PINNED_COMMIT, mirror: DEFAULT_MIRROR })
  const replies = sources.flatMap(({ source, text }) => agentReplies(source.split, text, excluded))
  writeRealCorpus(CORPUS_PATH, replies, { commit: PINNED_COMMIT, sha256: CORPUS_SHA256 })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (error) {
    console.error(`rebuild-csds: ${error.message}`)
    process.exitCode = 1
  }
}
