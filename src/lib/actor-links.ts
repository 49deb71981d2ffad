/**
 * Links the first mention of each actor in a recommendation's rendered text to the actor's page,
 * by label or Latin-script alias, at build time: editors never write these links by hand.
 */
import { escapeAttribute, mapTextNodes } from './html-tokens.ts';
import { escapeRegExp } from './regexp.ts';
import { isArabicScript } from './writing-system.ts';
import type { Actor } from '../model/types.ts';

/** Every actor's linkable names as one pattern, built once per site and used on every section. */
export interface ActorNames {
  pattern: RegExp | undefined;
  /** The actor id each name stands for. */
  actorOf: ReadonlyMap<string, string>;
}

/**
 * Names worth linking: the label and Latin aliases of three or more characters ("US" is too loose),
 * none beginning with "the". Stricter than search's `actorsMentioned` (src/lib/search.ts), and in
 * case too: a link claims the words mean the actor; a search filter only helps find the page.
 */
function namesOf(actor: Actor): string[] {
  return [actor.data.label, ...actor.data.aliases].filter((name) => name.length >= 3 && !isArabicScript(name) && !/^the\s/i.test(name));
}

/** Longer names win over shorter ones at the same place. */
export function actorNames(actors: readonly Actor[]): ActorNames {
  const names = actors.flatMap((actor) => namesOf(actor).map((name) => ({ name, id: actor.id }))).sort((a, b) => b.name.length - a.name.length);
  // Case matters: "Iran" the state, not "iran" inside another word; whole words only, and not a
  // character reference's name (after "&").
  const pattern =
    names.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}&-])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, actorOf: new Map(names.map((n) => [n.name, n.id])) };
}

/**
 * Rewrites HTML text nodes only (never tags, attribute values, comments, raw text, or inside a
 * link or code) so the first mention of each actor becomes `<a href>`.
 */
export function linkActors(html: string, names: ActorNames, hrefOf: (id: string) => string, className = ''): string {
  const { pattern, actorOf } = names;
  if (!pattern) return html;
  const linked = new Set<string>();
  return mapTextNodes(html, (text) =>
    text.replace(pattern, (match) => {
      const id = actorOf.get(match);
      if (!id || linked.has(id)) return match;
      linked.add(id);
      return `<a href="${escapeAttribute(hrefOf(id))}"${className ? ` class="${escapeAttribute(className)}"` : ''}>${match}</a>`;
    }),
  );
}
