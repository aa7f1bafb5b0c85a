import { placesSet } from './support/places-set';
for (const s of process.argv.slice(2)) console.log(s, '→', placesSet().matcher.scan(s).entities.map((e) => e.id + ':' + e.mentions.map((x) => x.text).join('/')).join(' '));
