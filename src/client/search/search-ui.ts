/**
 * The search interface, loaded only when a reader starts to search: both views in one chunk, so
 * the engine they share comes in the same request. The file's name is the chunk's (search-ui.*.js),
 * which tests look for to prove a page that is only read never loads it.
 */
export { mountHeaderSearch } from './header-view';
export { mountSearchPage } from './page-view';
