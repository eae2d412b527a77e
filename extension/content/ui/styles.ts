/**
 * Two constructed stylesheets, each made once: one for the page (colour cue on marked items and the
 * evidence highlight; box-shadow and outline do not move layout) and one shared by every shadow root.
 */
const PAGE_CSS = `
[data-fundwatch-band="strong"]{box-shadow:inset 4px 0 0 #1a7f37}
[data-fundwatch-band="relevant"]{box-shadow:inset 4px 0 0 #2f6fb3}
[data-fundwatch-band="weak"]{box-shadow:inset 4px 0 0 #b08900}
::highlight(fundwatch-evidence){background-color:#ffe58a;color:inherit}
`;

const SHADOW_CSS = `
:host{all:initial;display:inline-block;position:relative;vertical-align:middle;margin-inline-start:.4em;font:12px/1.3 system-ui,sans-serif}
button{font:inherit;cursor:pointer}
.badge{border:1px solid transparent;border-radius:10px;padding:1px 7px;color:#fff;white-space:nowrap}
.strong{background:#1a7f37}.relevant{background:#2f6fb3}.weak{background:#8a6d00}.none{background:#6e7781}
.panel{position:absolute;z-index:2147483646;top:calc(100% + 4px);left:0;width:340px;max-height:420px;overflow:auto;
 background:#fff;color:#1f2328;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:10px 12px;text-align:left}
.card{position:fixed;right:16px;bottom:16px;top:auto;left:auto}
.panel[hidden]{display:none}
h2{font-size:13px;margin:0 0 4px;font-weight:600}
h3{font-size:12px;margin:8px 0 2px;font-weight:600}
ul{margin:0;padding-left:16px}
li{margin:2px 0}
q{font-style:italic;color:#57606a}
.score{margin:0 0 6px;color:#57606a}
.row{display:flex;gap:8px;margin-top:10px}
.watch{background:#1f6feb;color:#fff;border:0;border-radius:6px;padding:4px 10px}
.watch[disabled]{background:#8c959f}
.close{background:none;border:1px solid #d0d7de;border-radius:6px;padding:4px 10px;color:#1f2328}
`;

let pageSheet: CSSStyleSheet | undefined;
let shadowSheet: CSSStyleSheet | undefined;

export function shadowStyles(): CSSStyleSheet {
  if (!shadowSheet) {
    shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(SHADOW_CSS);
  }
  return shadowSheet;
}

export function installPageStyles(doc: Document): void {
  if (pageSheet) return;
  pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
}
