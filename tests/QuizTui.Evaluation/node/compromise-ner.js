// Reads one JSON string (a document's text) per line on stdin; prints one JSON line per document with
// the people, places and organisations compromise finds (UTF-16 [start, end) offsets), then a last line
// {"seconds": S, "cpuSeconds": C, "words": W} timing a second, warm pass over all documents.
// Usage: NODE_PATH=.eval/node/node_modules node tests/QuizTui.Evaluation/node/compromise-ner.js < texts.jsonl
'use strict';
const loaded = require(require.resolve('compromise', { paths: [process.env.NODE_PATH || '.'] }));
const nlp = loaded.default || loaded;
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
const texts = lines.map((l) => JSON.parse(l));

const spans = (view) => view.json({ offset: true }).map((m) => [m.offset.start, m.offset.start + m.offset.length]);
const find = (text) => {
  const doc = nlp(text);
  return { people: spans(doc.people()), places: spans(doc.places()), organizations: spans(doc.organizations()) };
};

const out = [];
for (const text of texts) {
  out.push(JSON.stringify(find(text)));
}
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let words = 0;
for (const text of texts) {
  find(text);
  words += text.split(/\s+/).filter((w) => w.length > 0).length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
out.push(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, words }));
process.stdout.write(out.join('\n') + '\n');
