// Runs chrono-node over documents for the `timex` evaluation.
// Usage: node chrono-timex.js MODULE_DIR < docs.json > spans.json
// docs.json: [{ "text": "...", "ref": "1998-08-07" }, ...]; output: [[[start, end], ...], ...] (UTF-16 offsets).
const moduleDir = process.argv[2];
const chrono = require(require.resolve('chrono-node', { paths: [moduleDir] }));
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const docs = JSON.parse(input);
  const started = process.hrtime.bigint();
  const out = docs.map(doc => {
    const [y, m, d] = doc.ref.split('-').map(Number);
    return chrono.parse(doc.text, new Date(y, m - 1, d, 12)).map(r => [r.index, r.index + r.text.length]);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, spans: out }));
});
