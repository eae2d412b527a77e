/**
 * Constructed stylesheets, each made once and shared: one for the page (colour cue on marked items and the
 * evidence highlight; box-shadow and outline do not move layout), a small one every badge's shadow root
 * adopts, and the panel's, adopted only by a root whose panel or score card opens (hundreds of badges
 * would otherwise each carry the panel's rules into style recalculation).
 */
const PAGE_CSS = `
[data-fundwatch-band="strong"]{box-shadow:inset 4px 0 0 #1a7f37}
[data-fundwatch-band="relevant"]{box-shadow:inset 4px 0 0 #2f6fb3}
[data-fundwatch-band="weak"]{box-shadow:inset 4px 0 0 #b08900}
[data-fundwatch-status="closed"]{box-shadow:inset 4px 0 0 #d0d7de}
::highlight(fundwatch-evidence){background-color:#ffe58a;color:inherit}
`;

const BADGE_CSS = `
:host{all:initial;margin-inline-start:.4em;font:13px/1.4 system-ui,sans-serif;color:#1f2328}
button{font:inherit;cursor:pointer}
button:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.badge{border:1px solid transparent;border-radius:10px;padding:1px 8px;color:#fff;white-space:nowrap;font-size:12px;vertical-align:middle}
.when{margin-inline-start:4px;border-radius:10px;padding:1px 6px;font-size:11px;white-space:nowrap;border:1px solid currentColor}
.when.closed{color:#57606a}.when.closing-soon{color:#9a6700;font-weight:600}
.strong{background:#1a7f37}.relevant{background:#2f6fb3}.weak{background:#8a6d00}.none{background:#6e7781}
.badge.muted{background:#eaeef2;color:#424a53;border-color:#d0d7de}
`;

const PANEL_CSS = `
.panel:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.panel{position:fixed;inset:auto;margin:0;z-index:2147483646;top:0;left:0;box-sizing:border-box;width:min(400px,calc(100vw - 16px));
 max-height:min(480px,calc(100vh - 16px));overflow:auto;overscroll-behavior:contain;background:#fff;color:#1f2328;border:1px solid #d0d7de;
 border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:12px 14px 0;text-align:left;white-space:normal;font:13px/1.4 system-ui,sans-serif}
.card{top:auto;left:auto;right:8px;bottom:8px;max-height:min(480px,60vh)}
.panel[hidden]{display:none}
h2{font-size:14px;margin:0 0 2px;font-weight:600;overflow-wrap:anywhere}
h3{font-size:12px;margin:12px 0 4px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:#57606a}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
ul{margin:0;padding:0;list-style:none}
.score{margin:0 0 8px;color:#57606a;font-weight:600}
.score.strong,.score.relevant,.score.weak,.score.none{background:none}
.score.strong{color:#1a7f37}.score.relevant{color:#2f6fb3}.score.weak{color:#8a6d00}
.facts{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:4px 10px;font-size:12px}
.fact{display:contents}
dt{color:#57606a;font-weight:600}
dd{margin:0}
.icon{display:inline-block;width:1.2em;font-weight:700}
.ok .icon{color:#1a7f37}.unknown .icon,.neutral .icon{color:#57606a}
.warn dd{color:#9a6700;font-weight:600}
.block dd{color:#cf222e;font-weight:600}
.verdict{font-weight:700}
.blockers{margin-top:10px;border:1px solid #ff8182;background:#ffebe9;border-radius:6px;padding:4px 8px}
.blockers h3{color:#cf222e;margin-top:2px}
.blockers li{color:#82071e}
.reasons li{padding:6px 0;border-top:1px solid #eaeef2}
.prio{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.pts{white-space:nowrap;color:#1a7f37;font-weight:600;font-size:12px}
.concepts,.words{font-size:12px;color:#424a53}
.minor summary{cursor:pointer;font-size:12px;color:#424a53}
.minor summary.prio{display:flex}
.minor ul{list-style:none;margin:2px 0 0;padding:0 0 0 12px}
.minor ul li{border:0;padding:1px 0;font-size:12px;color:#57606a}
.minor-pts{white-space:nowrap}
q{display:block;margin-top:2px;font-size:12px;font-style:italic;color:#57606a;overflow-wrap:anywhere}
.adjustments li{font-size:12px;margin:2px 0}
.facts .pts,.blockers .pts,.adjustments .pts{color:inherit}
.sum{margin:8px 0 0;font-size:12px;font-weight:600;color:#424a53}
.sum .fig{white-space:nowrap}
.muted{color:#57606a;margin:0}
.row{position:sticky;bottom:0;display:flex;gap:8px;margin:10px -14px 0;padding:8px 14px 12px;background:#fff;border-top:1px solid #eaeef2}
.watch{background:#1f6feb;color:#fff;border:0;border-radius:6px;padding:5px 12px;font-weight:600}
.watch[disabled]{background:#8c959f;cursor:default}
.close{background:none;border:1px solid #d0d7de;border-radius:6px;padding:5px 12px;color:#1f2328}
`;

let pageSheet: CSSStyleSheet | undefined;
let badgeSheet: CSSStyleSheet | undefined;
let panelSheet: CSSStyleSheet | undefined;

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

export function badgeStyles(): CSSStyleSheet {
  badgeSheet ??= sheet(BADGE_CSS);
  return badgeSheet;
}

/** A shadow root about to show a panel or card takes the panel's rules too (once). */
export function adoptPanelStyles(shadow: ShadowRoot): void {
  panelSheet ??= sheet(PANEL_CSS);
  if (!shadow.adoptedStyleSheets.includes(panelSheet)) shadow.adoptedStyleSheets = [badgeStyles(), panelSheet];
}

export function installPageStyles(doc: Document): void {
  if (pageSheet) return;
  pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
}
