/**
 * Links the first mention of each actor in a recommendation's rendered text to the actor's page,
 * by label or Latin-script alias, at build time: editors never write these links by hand.
 */
import { escapeAttribute, mapTextNodes } from './html-tokens.ts';
import { isArabicScript } from './writing-system.ts';

export interface LinkableActor {
  id: string;
  label: string;
  aliases: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names worth linking: the label and Latin aliases of three or more characters ("US" is too loose). */
function namesOf(actor: LinkableActor): string[] {
  return [actor.label, ...actor.aliases].filter((name) => name.length >= 3 && !isArabicScript(name) && !/^the\s/i.test(name));
}

/**
 * Rewrites HTML text nodes only (never tags, attribute values, comments, raw text, or inside a
 * link or code) so the first mention of each actor becomes `<a href>`. Longer names win over
 * shorter ones at the same place.
 */
export function linkActors(html: string, actors: LinkableActor[], hrefOf: (id: string) => string, className = ''): string {
  const names = actors
    .flatMap((actor) => namesOf(actor).map((name) => ({ name, actor })))
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return html;
  // Case matters: "Iran" the state, not "iran" inside another word; whole words only, and not a
  // character reference's name (after "&").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&-])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const byName = new Map(names.map((n) => [n.name, n.actor]));
  const linked = new Set<string>();
  return mapTextNodes(html, (text) =>
    text.replace(pattern, (match) => {
      const actor = byName.get(match);
      if (!actor || linked.has(actor.id)) return match;
      linked.add(actor.id);
      return `<a href="${escapeAttribute(hrefOf(actor.id))}"${className ? ` class="${escapeAttribute(className)}"` : ''}>${match}</a>`;
    }),
  );
}
