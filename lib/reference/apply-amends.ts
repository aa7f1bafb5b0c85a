import type { Amend, Entity } from './schema';

/**
 * Applies amendments from other packs to the entities they name. The target's own fields win: aliases
 * and sources are united (the target's first, an alias already there by language and text is not
 * repeated), `place` and `roles` are filled only where the target has none. Amendments of entities
 * that are not in `entities` (their pack is off or not installed) are ignored. Returns new objects for
 * amended entities and leaves the inputs untouched.
 */
export function applyAmends(entities: readonly Entity[], amends: readonly Amend[]): Entity[] {
  if (amends.length === 0) return [...entities];
  const byTarget = new Map<string, Amend[]>();
  for (const amend of amends) {
    const list = byTarget.get(amend.id);
    if (list) list.push(amend);
    else byTarget.set(amend.id, [amend]);
  }
  return entities.map((entity) => {
    const list = byTarget.get(entity.id);
    return list ? list.reduce(amendOne, entity) : entity;
  });
}

function amendOne(target: Entity, amend: Amend): Entity {
  const seen = new Set(target.aliases.map((a) => `${a.lang}\u0000${a.text}`));
  const aliases = [...target.aliases];
  for (const alias of amend.aliases) {
    const key = `${alias.lang}\u0000${alias.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  const sources = [...new Set([...target.sources, ...amend.sources])];
  const place = target.place ?? amend.place;
  const roles = target.roles.length > 0 ? target.roles : amend.roles;
  return { ...target, aliases, sources, ...(place ? { place } : {}), roles };
}
