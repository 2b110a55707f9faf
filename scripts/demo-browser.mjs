#!/usr/bin/env node
// Serves the mock chat console (demo/browser) with the browser build of kefu-lint/dom on
// 127.0.0.1. `--port N` (default 5178; 0 picks a free one). Prints the address when ready.
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = `${root}dist/dom.global.js`
if (!existsSync(bundle)) {
  console.error(`kefu-lint demo: ${bundle} is missing; run \`npm run build\` first`)
  process.exit(2)
}
const arg = process.argv.indexOf('--port')
const port = arg > 0 ? Number(process.argv[arg + 1]) : 5178
const page = sirv(`${root}demo/browser`, { dev: true, etag: true })
const dist = sirv(`${root}dist`, { dev: true })

const server = createServer((req, res) => {
  // The page loads the build as ./kefu-lint-dom.js.
  if (req.url?.startsWith('/kefu-lint-dom.js')) {
    req.url = '/dom.global.js'
    return dist(req, res, () => notFound(res))
  }
  page(req, res, () => notFound(res))
})
function notFound(res) {
  res.statusCode = 404
  res.end('not found')
}
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address()
  console.log(`kefu-lint mock chat console: http://127.0.0.1:${actual}/  (textarea)  http://127.0.0.1:${actual}/?input=editable  (contenteditable)`)
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
