/**
 * "Also related": the recommendations that share most topics and actors with one, best first.
 * A shared tag counts 2; a shared actor counts 1 divided by how many recommendations name it, so a
 * rare actor says more than one named everywhere; a recommendation of another briefing gets 0.01
 * more, so of two equally close the reader is sent to the other analysis.
 */

/** What the ranking reads of a recommendation. */
export interface Rankable {
  id: string;
  data: { briefing: { id: string }; tags: { id: string }[]; actors: { id: string }[] };
}

export interface Scored<T> {
  recommendation: T;
  score: number;
}

/**
 * The best `limit` recommendations sharing a tag or an actor with `rec`, by score, then by id.
 * `withTag` and `withActor` list the recommendations under each tag and actor id; `excluded` holds
 * the ids already shown (the explicit relations). Only recommendations that share something are
 * scored, and only the best `limit` kept: a broad tag is shared by thousands in a large collection.
 */
export function rankSimilar<T extends Rankable>(
  rec: T,
  withTag: ReadonlyMap<string, readonly T[]>,
  withActor: ReadonlyMap<string, readonly T[]>,
  excluded: ReadonlySet<string>,
  limit = 5,
): Scored<T>[] {
  if (limit < 1) return [];
  const scores = new Map<T, number>();
  const add = (other: T, points: number) => {
    if (other.id === rec.id || excluded.has(other.id)) return;
    const start = scores.get(other) ?? (other.data.briefing.id !== rec.data.briefing.id ? 0.01 : 0);
    scores.set(other, start + points);
  };
  for (const { id } of rec.data.tags) for (const other of withTag.get(id) ?? []) add(other, 2);
  for (const { id } of rec.data.actors) {
    const named = withActor.get(id) ?? [];
    for (const other of named) add(other, 1 / named.length);
  }
  const before = (a: Scored<T>, b: Scored<T>) => b.score - a.score || a.recommendation.id.localeCompare(b.recommendation.id);
  const best: Scored<T>[] = [];
  for (const [recommendation, score] of scores) {
    const scored = { recommendation, score };
    if (best.length === limit && before(scored, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(scored, best[at - 1]!) < 0) at--;
    best.splice(at, 0, scored);
    if (best.length > limit) best.pop();
  }
  return best;
}
