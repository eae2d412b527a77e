/** crxjs: importing a content script with `?script` gives its output file name (for registerContentScripts). */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
