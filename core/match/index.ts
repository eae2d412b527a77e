/**
 * The matching engine's public API. Implementation lives in the files beside this one.
 *
 * Contract (stable; the extension, PWA, CLI and digest depend on it):
 *   analyseCall(call)            – tokenise/stem/concept-detect a call once, when it arrives
 *   prepareProfile(profile)      – precompute a profile's concept/term weights once
 *   score(call, profile, opts?)  – Match with score 0–100, band, reasons, eligibility, blockers, boosts
 *   rank(calls, profile, opts?)  – best first; closed calls rank like open ones unless opts.openOnly
 *   explain(match, lang)         – human sentences in Swedish or English
 */
export {};
