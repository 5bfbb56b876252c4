// The pure core's public surface: used by the background, popup, content script, CLI and tests.
export { classify, MAX_CLASSIFY_CHARS } from './classify.ts';
export { normalize } from './normalize.ts';
export { extract } from './extract.ts';
export { registry } from './registry.ts';
export * from './types.ts';
