/**
 * The packs shipped inside the extension, in install order (a pack comes after the packs it requires),
 * and the folder each is built from. `npm run build:reference` builds them all into
 * lib/reference/generated/packs/<id>.json and lib/reference/generated/bundled.json (all of them, in order),
 * which the background imports. Shipping another pack is one more line here.
 */
export const BUNDLED_PACKS: readonly { id: string; folder: string }[] = [
  { id: 'core', folder: 'seeds' },
  { id: 'places', folder: 'seeds/packs/places' },
  { id: 'newsmakers', folder: 'seeds/packs/newsmakers' },
];
