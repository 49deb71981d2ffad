/** Ids are the stable part of every URL: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The hint an editor sees when an id (usually a file name) breaks the pattern. */
export function idHint(id: string): string {
  return `"${id}" is not a valid id: use lowercase letters, digits and single hyphens, e.g. "${suggestId(id)}".`;
}

/** Turns any label into an id of the accepted form; used for hints and by authoring scripts. */
export function suggestId(text: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'new-id' : id;
}

/** The id of a content file is its file name without extension, wherever it sits below the base folder. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx?|ya?ml|json)$/i, '');
}

/** The message for two files that claim one id; the build and `npm run validate` say the same. */
/** Two files claiming one id: what is wrong and how to fix it, for the checker's problem list. */
export function duplicateId(collection: string, id: string, paths: string[]): { message: string; hint: string } {
  return {
    message: `Two ${collection} have the id "${id}": ${[...paths].sort().join(' and ')}.`,
    hint: 'rename one of the files; the file name is the id and part of a permanent URL.',
  };
}

/** The same, as one line for the error Astro's loader throws (src/content.config.ts). */
export function duplicateIdMessage(collection: string, id: string, paths: string[]): string {
  const { message, hint } = duplicateId(collection, id, paths);
  return `${message} Fix: ${hint}`;
}
