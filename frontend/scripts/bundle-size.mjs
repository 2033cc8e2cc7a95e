// First-load JavaScript budget: the scripts index.html loads (entry and modulepreloads), gzipped.
// Lazily loaded route chunks are not counted: they load when their route is first visited.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const html = readFileSync('dist/index.html', 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) throw new Error('no script found in dist/index.html');
const sizes = scripts.map((file) => ({ file, gzip: gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length }));
const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1000;
for (const s of sizes) console.log(`  ${s.file}  ${(s.gzip / 1000).toFixed(1)} kB gzip`);
console.log(`First-load JavaScript: ${totalKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB: load more of it lazily.`);
  process.exit(1);
}
