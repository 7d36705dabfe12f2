// The README's test command (`npm test`): builds with Nx, then runs every suite in turn —
// backend unit and integration tests (jest, real PostgreSQL), front-end component tests (vitest)
// and browser journeys (vitest + playwright-core + Debian's Chromium) — and ends with one line
// "N passed, N failed" over all of them. Extra arguments go to nothing; run a suite's own script
// (e.g. `npm test -w backend -- accounts`) to focus.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(title, cmd, args) {
  console.log(`\n━━ ${title} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function counts(file, kind) {
  if (!existsSync(file)) return { passed: 0, failed: 0, missing: true };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // jest and vitest both write numPassedTests / numFailedTests in their JSON reports.
  return { passed: j.numPassedTests ?? 0, failed: (j.numFailedTests ?? 0) + (j.numRuntimeErrorTestSuites ?? 0), kind };
}

const steps = [];
const built = run('build (nx)', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static']);
if (!built) {
  console.log('\nBuild failed.\n0 passed, 1 failed');
  process.exit(1);
}
steps.push(['backend (jest)', run('backend: unit and integration tests', 'npm', ['run', 'test', '-w', 'backend', '--', '--json', `--outputFile=${join(reports, 'backend.json')}`]), join(reports, 'backend.json')]);
steps.push(['frontend (vitest)', run('frontend: component tests', 'npm', ['run', 'test', '-w', 'frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'frontend.json')}`]), join(reports, 'frontend.json')]);
steps.push(['browser journeys', run('browser journeys (Chromium)', 'npm', ['run', 'e2e', '-w', 'frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'e2e.json')}`]), join(reports, 'e2e.json')]);

let passed = 0;
let failed = 0;
console.log('\n━━ summary ━━');
for (const [name, ok, file] of steps) {
  const c = counts(file);
  // A suite that failed without a report (it crashed before running) counts as one failure.
  const f = c.failed + (!ok && c.failed === 0 ? 1 : 0);
  passed += c.passed;
  failed += f;
  console.log(`${name.padEnd(20)} ${String(c.passed).padStart(4)} passed ${String(f).padStart(3)} failed${ok ? '' : '  ✗'}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
