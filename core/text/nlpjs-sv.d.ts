// @nlpjs/lang-sv ships no types; only the Snowball stemmer is used.
declare module '@nlpjs/lang-sv/src/stemmer-sv.js' {
  export default class StemmerSv {
    stemWord(word: string): string;
  }
}
