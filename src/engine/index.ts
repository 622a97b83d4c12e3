// The engine's public surface (dist/engine.js, dist/engine.browser.js).
export { analyze } from './analyze';
export { createIncrementalAnalyzer } from './incremental';
export * from './types';
export * as checks from './checks';
export * as config from './config';
export * as annotations from './annotations';
