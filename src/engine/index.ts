// The engine's public surface (dist/engine.js, dist/engine.browser.js).
export { analyze } from './analyze';
export * from './types';
