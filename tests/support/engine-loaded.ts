/**
 * Loaded before every file of the unit project, whose files share one module graph per worker: the engine's modules
 * register their word hints (core/text/word-hints.ts) when they load, and must all have done so before any file
 * reads a text, whichever file the worker runs first.
 */
import '../../core/match/index.ts';
