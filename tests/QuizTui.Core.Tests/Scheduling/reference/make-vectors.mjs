// Writes fsrs-vectors.json: review sequences scheduled by the reference FSRS-6 implementation (ts-fsrs),
// which FsrsReferenceTests replays through our port. Rerunnable and deterministic (seeded PRNG):
//   npm install --prefix .eval/node ts-fsrs@5.4.2
//   node tests/QuizTui.Core.Tests/Scheduling/reference/make-vectors.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PINNED = '5.4.2';
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const tsfsrs = await import(pathToFileURL(join(root, '.eval/node/node_modules/ts-fsrs/dist/index.mjs')).href);
const { fsrs, createEmptyCard, generatorParameters, Rating, State } = tsfsrs;
if (tsfsrs.FSRSVersion.indexOf(`v${PINNED} `) !== 0) {
  throw new Error(`expected ts-fsrs ${PINNED}, found ${tsfsrs.FSRSVersion}`);
}

// Stated on both sides: FsrsParameters.Default must say the same.
const settings = {
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
};
const scheduler = fsrs(generatorParameters(settings));

// mulberry32: a small seeded PRNG so the vectors do not change between runs.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260101);
const pick = (items) => items[Math.floor(random() * items.length)];
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

// How the next review is timed relative to the card's schedule.
function nextReviewTime(card, now) {
  const scheduled = card.due.getTime() - now.getTime();
  const kind = pick(['same-day', 'same-day', 'early', 'on-time', 'overdue', 'overdue', 'long-overdue']);
  let gap;
  switch (kind) {
    case 'same-day': gap = Math.floor(random() * 180) * MINUTE + Math.floor(random() * 60) * 1000; break;
    case 'early': gap = Math.floor(Math.max(scheduled, MINUTE) * (0.1 + 0.8 * random())); break;
    case 'on-time': gap = Math.max(scheduled, 0); break;
    case 'overdue': gap = Math.max(scheduled, 0) + Math.floor(random() * 5 * DAY); break;
    default: gap = Math.max(scheduled, 0) * (1 + Math.floor(random() * 4)) + Math.floor(random() * 60 * DAY); break;
  }
  return { kind, at: new Date(now.getTime() + gap + Math.floor(random() * 1000)) };
}

const cardJson = (card) => ({
  due: card.due.getTime(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  reps: card.reps,
  lapses: card.lapses,
  learningSteps: card.learning_steps,
  state: State[card.state],
  lastReview: card.last_review ? card.last_review.getTime() : null,
});

const sequences = [];
for (let s = 0; s < 240; s++) {
  // Start times spread over a year, at any time of day, so UTC day boundaries fall everywhere.
  let now = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 365 * DAY));
  let card = createEmptyCard(now);
  const start = now.getTime();
  const steps = [];
  const length = 3 + Math.floor(random() * 18);
  for (let i = 0; i < length; i++) {
    const timing = i === 0 ? { kind: 'first', at: now } : nextReviewTime(card, now);
    now = timing.at;
    const grade = pick([Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Easy]);
    const retrievability = scheduler.get_retrievability(card, now, false);
    card = scheduler.next(card, now, grade).card;
    steps.push({ at: now.getTime(), timing: timing.kind, grade: Rating[grade], retrievability, card: cardJson(card) });
  }
  sequences.push({ start, steps });
}

const out = {
  generator: `ts-fsrs ${tsfsrs.FSRSVersion}`,
  parameters: { ...settings, w: Array.from(scheduler.parameters.w) },
  sequences,
};
// One sequence a line keeps the file reviewable in diffs.
const { sequences: all, ...head } = out;
const text = JSON.stringify(head).slice(0, -1) + ',"sequences":[\n' + all.map((q) => JSON.stringify(q)).join(',\n') + '\n]}\n';
writeFileSync(join(here, 'fsrs-vectors.json'), text);
console.log(`wrote ${sequences.length} sequences, ${sequences.reduce((n, s) => n + s.steps.length, 0)} reviews`);
