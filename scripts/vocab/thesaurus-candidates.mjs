#!/usr/bin/env node
// thesaurus-candidates.mjs — list thesaurus synonyms a word class does not hold yet.
//
// Usage:
//   node scripts/vocab/thesaurus-candidates.mjs <cilin.txt> <class> [<class> …] [--classes src/vocab/classes.yaml] [--all]
//        [--corpus file.jsonl …] [--min N]
//
// <cilin.txt> is the HIT-SCIR 同义词词林扩展版 (Cilin extended), one group a line:
//   `Aa01A01= 人 士 人物 …` — the 8th character of the code is `=` (synonyms), `#` (related, not
//   synonyms) or `@` (a single word). The thesaurus is a research resource and is NOT part of this
//   repository: pass the path of a local copy (e.g. /tmp/thes45/cilin.txt).
//
// For every word of each named class (its `words`, with `@other` classes expanded, and the product of
// a `compose:` when it has one), the script finds the `=` groups the word belongs to and prints the
// other members of those groups that the class does not hold yet. Only words of 2+ characters on both
// sides are used (one-character words are ambiguous, and a one-character cue is scanned in every reply).
// `#` and `@` groups are ignored: related words are not synonyms. Traditional forms are not listed
// (Cilin is Simplified; the engine maps Traditional to Simplified before matching).
//
// Output (TSV): class, candidate, the members it is a synonym of, Cilin codes, and the other classes
// that already hold the candidate (so a reviewer sees where it is used). With --all, groups are also
// matched for words of 1 character (still listing only 2+ character candidates).
// With --corpus (repeatable; JSONL with a `text` field, or plain text), a last column counts how often the
// candidate occurs there, and --min N (default 1 when a corpus is given) drops candidates seen fewer times:
// a synonym no shop reply ever uses is literary or a wrong sense more often than not. The output is a list
// of CANDIDATES to read and measure; a synonym in Cilin is often a wrong sense for the class.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import YAML from 'yaml';

const args = process.argv.slice(2);
if (args.length < 2) {
  console.error('usage: thesaurus-candidates.mjs <cilin.txt> <class> [<class> …] [--classes file] [--all]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
let classesFile = path.join(here, '../../src/vocab/classes.yaml');
let all = false;
const names = [];
const corpora = [];
let min;
const thesaurus = args[0];
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--classes') classesFile = args[++i];
  else if (args[i] === '--all') all = true;
  else if (args[i] === '--corpus') corpora.push(args[++i]);
  else if (args[i] === '--min') min = Number(args[++i]);
  else names.push(args[i]);
}

// Cilin: word -> list of = groups (code, members).
const groupsOf = new Map();
for (const line of readFileSync(thesaurus, 'utf8').split(/\r?\n/)) {
  const m = /^(\S{7})([=#@])\s*(.*)$/.exec(line.trim());
  if (!m || m[2] !== '=') continue;
  const members = m[3].split(/\s+/).filter(Boolean);
  const g = { code: m[1], members };
  for (const w of members) {
    if (!groupsOf.has(w)) groupsOf.set(w, []);
    groupsOf.get(w).push(g);
  }
}

const classes = YAML.parse(readFileSync(classesFile, 'utf8')).classes;
const len = (w) => [...w].length;
function expand(name, seen = new Set()) {
  if (seen.has(name)) return [];
  seen.add(name);
  const c = classes[name];
  if (!c) throw new Error(`unknown class ${name}`);
  const out = [];
  for (const w of c.words ?? []) {
    if (typeof w === 'string' && w.startsWith('@')) out.push(...expand(w.slice(1), seen));
    else out.push(String(w));
  }
  if (c.compose) {
    let acc = [''];
    for (const slot of c.compose) {
      const opts = slot.flatMap((w) => (String(w).startsWith('@') ? expand(String(w).slice(1), seen) : [String(w)]));
      acc = acc.flatMap((a) => opts.map((o) => a + o));
    }
    out.push(...acc);
  }
  return out;
}
// Where each word already is (for the reviewer).
const holders = new Map();
for (const n of Object.keys(classes)) {
  for (const w of classes[n].words ?? []) {
    if (typeof w !== 'string' || w.startsWith('@')) continue;
    if (!holders.has(w)) holders.set(w, []);
    holders.get(w).push(n);
  }
}

// Corpus text, one string (counted by plain substring search).
let corpusText = '';
for (const f of corpora) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try { const o = JSON.parse(line); corpusText += '\n' + (o.text ?? '') + '\n' + (o.previous ?? ''); } catch { corpusText += '\n' + line; }
  }
}
if (corpora.length && min === undefined) min = 1;
const countIn = (w) => { let n = 0, i = -1; while ((i = corpusText.indexOf(w, i + 1)) !== -1) n++; return n; };

console.log(['class', 'candidate', 'synonym-of', 'cilin', 'already-in', ...(corpora.length ? ['corpus'] : [])].join('\t'));
for (const name of names) {
  const members = new Set(expand(name));
  const found = new Map(); // candidate -> { of:Set, codes:Set }
  for (const w of members) {
    if (len(w) < 2 && !all) continue;
    for (const g of groupsOf.get(w) ?? []) {
      for (const s of g.members) {
        if (len(s) < 2 || members.has(s)) continue;
        if (!found.has(s)) found.set(s, { of: new Set(), codes: new Set() });
        found.get(s).of.add(w);
        found.get(s).codes.add(g.code);
      }
    }
  }
  for (const [s, { of, codes }] of found) {
    const row = [name, s, [...of].join(','), [...codes].join(','), (holders.get(s) ?? []).join(',')];
    if (corpora.length) {
      const n = countIn(s);
      if (n < min) continue;
      row.push(n);
    }
    console.log(row.join('\t'));
  }
}
