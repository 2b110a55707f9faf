#!/usr/bin/env node
// Rebuilds the second real-traffic corpus (agent replies from JDDCRec, 1,000 real JD customer-service
// dialogues of small home appliances) into .real/jddcrec.jsonl, which git ignores: research texts never
// go into commits, only ids, labels and this script.
//
// Source: github.com/wzf2000/Recommendability_DASFAA2024 (the DASFAA 2024 paper "To Recommend or Not",
// which took these dialogues from JD's JDDC corpus and added labels we do not use), files
// datasets/JDDC/{1_train,1_dev,1_test}.json at the pinned commit below. Get them either way:
//   git clone https://github.com/wzf2000/Recommendability_DASFAA2024 /tmp/jddcrec
//   node scripts/real/rebuild-jddcrec.mjs --git /tmp/jddcrec
//   node scripts/real/rebuild-jddcrec.mjs --file 1_train.json --file 1_dev.json --file 1_test.json
//     (each copy checked against its pinned blob hash)
// Without arguments it looks for the mirror at /work/.mirror/wzf2000+Recommendability_DASFAA2024/repo.
//
// Input: a JSON array of {id, dialogs: [text…], roles: ['顾客' | '客服'…], …}. Output, one agent reply a
// line, files in the order above and dialogues in array order:
//   {"id": "<dialogue id>:<turn index>", "text": "...", "previous"?: "..."}
// text and previous are trimmed and otherwise verbatim (no masking in this release); previous = the
// customer's last non-empty turn before the reply in the same dialogue. Agent turns that hold no text of
// the agent's (an image file name, <url>, or 0) are skipped: 878 of 8,386, leaving 7,508 replies.

import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPinnedSources, writeRealCorpus } from './rebuild.mjs'

export const PINNED_COMMIT = '8860244d84ee80f951244af3dcb7725cd6cde84e'
export const SOURCES = [
  { path: 'datasets/JDDC/1_train.json', blob: '4f35634504efc0b1230b756445167f3027c26c48' },
  { path: 'datasets/JDDC/1_dev.json', blob: 'c2ea65569bd07c68058e116b9a4e874468bfe3e3' },
  { path: 'datasets/JDDC/1_test.json', blob: 'e935354088a3affe31db7af57facc3c26e3a7f3a' },
]
const DEFAULT_MIRROR = '/work/.mirror/wzf2000+Recommendability_DASFAA2024/repo'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const CORPUS_PATH = join(root, '.real/jddcrec.jsonl')

/** An agent turn that carries no text of the agent's: an image, a link, or 0. */
const PLACEHOLDER = /^(?:[0-9a-f]{32}\.(?:jpg|jpeg|png|gif)|<url>|0)$/i

/** Agent replies with the customer's previous turn, from the parsed dialogues of one file. */
export function agentReplies(dialogues, where) {
  const replies = []
  for (const d of dialogues) {
    if (!Array.isArray(d.dialogs) || !Array.isArray(d.roles) || d.dialogs.length !== d.roles.length) {
      throw new Error(`${where}: dialogue ${d.id}: dialogs and roles differ in length`)
    }
    let previous
    d.dialogs.forEach((raw, i) => {
      const text = typeof raw === 'string' ? raw.trim() : ''
      const role = d.roles[i]
      if (role === '顾客') {
        if (text) previous = text
        return
      }
      if (role !== '客服') throw new Error(`${where}: dialogue ${d.id} turn ${i}: unknown role ${JSON.stringify(role)}`)
      if (!text || PLACEHOLDER.test(text)) return
      replies.push(previous === undefined ? { id: `${d.id}:${i}`, text } : { id: `${d.id}:${i}`, text, previous })
    })
  }
  return replies
}

function readSources(argv) {
  return readPinnedSources(argv, { sources: SOURCES, commit: PINNED_COMMIT, mirror: DEFAULT_MIRROR })
}

function main() {
  const replies = readSources(process.argv.slice(2)).flatMap(({ where, text }) => agentReplies(JSON.parse(text), where))
  writeRealCorpus(CORPUS_PATH, replies, { commit: PINNED_COMMIT })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (error) {
    console.error(`rebuild-jddcrec: ${error.message}`)
    process.exitCode = 1
  }
}
