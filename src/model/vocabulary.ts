/** Closed lists the content schema and the pages share. */

export const RELATIONS = ['agrees', 'contrasts', 'extends'] as const;
export type Relation = (typeof RELATIONS)[number];

export const ACTOR_KINDS = ['person', 'organisation', 'state', 'armed-group', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const DATE_BASES = ['stated', 'inferred', 'record'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** The proposer value meaning "the briefing's own analyst". */
export const ANALYST = 'analyst';
