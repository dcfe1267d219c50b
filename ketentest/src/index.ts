// @duo-sim/ketentest: the ketentest of a LAS (docs/ketentest.md), for the CLI and the console.
export * from './model.js';
export * from './gevallen.js';
export * from './beoordeling.js';
export * from './waarneming.js';
export * from './voorbereiding.js';
export * from './run-bestand.js';
export * from './rapport-tekst.js';
export * from './rapport-junit.js';
export * from './rapport-html.js';
export * from './verbinding.js';
export { draaiLas, SLORDIG, type LasOpties } from './las/referentie-las.js';
