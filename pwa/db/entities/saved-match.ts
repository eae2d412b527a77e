// The saved match travels in the team document too: it lives in core.
export * from '../../../core/model/saved-match.ts';
