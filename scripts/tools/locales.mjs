// The locales of i18n/routing.ts, the project's one list, for the tools, which
// run as plain Node: tsx's API loads the TypeScript module.
import { require as tsxRequire } from 'tsx/cjs/api';

const { routing } = tsxRequire('../../i18n/routing.ts', import.meta.url);

/** @type {readonly string[]} */
export const LOCALES = routing.locales;
