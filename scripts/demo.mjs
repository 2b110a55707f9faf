// `npm run demo`: lint the bundled canned replies and chat transcripts with the command line.
// Only the CLI bundle is rebuilt (esbuild, no declaration build), silently, so the first thing
// printed is the report itself.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsupPackage = createRequire(import.meta.url).resolve('tsup/package.json')
const tsup = join(dirname(tsupPackage), createRequire(import.meta.url)('tsup/package.json').bin.tsup)
const build = spawnSync(process.execPath, [tsup, '--silent'], { cwd: root, env: { ...process.env, KEFU_LINT_BUILD: 'cli' }, encoding: 'utf8' })
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr)
  process.exit(build.status ?? 2)
}
const demo = spawnSync(process.execPath, [join(root, 'packages/cli/dist/cli.js'), 'fixtures/demo'], { cwd: root, stdio: 'inherit' })
console.log(`kefu-lint exit code: ${demo.status} (0 clean, 1 problems found, 2 unreadable input)`)
