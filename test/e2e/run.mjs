// Runs the browser suite when a Chromium is available; otherwise says so loudly and skips it.
// It never reports a skipped suite as passed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log('\n**************************************************************');
  console.log('SKIPPED browser suite: no Chromium (apt-get install -y chromium)');
  console.log('**************************************************************\n');
  process.exit(0);
}
const result = spawnSync('vitest', ['run', '--project', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
  shell: false,
});
process.exit(result.status ?? 1);
