/**
 * Function words of each language. Calls mix Swedish and English, so every word is looked up in both
 * vocabularies; a function word of one language is never a content word of the other, yet may share its key
 * ("have" stems like Swedish "hav", sea). A word on one list is not looked up in the other language.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both ' +
    'but by can could did do does doing down during each either few for from further had has have having he her ' +
    'here hers him his how i if in into is it its itself just may me might more most must my no nor not now of ' +
    'off on once only or other our ours out over own same shall she should so some such than that the their ' +
    'theirs them then there these they this those through to too under until up upon very was we were what when ' +
    'where which while who whom whose why will with within without would you your yours'
  ).split(' '),
);

export const SWEDISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'alla allt andra annat att av bara blev bli blir både de dem den denna denne dess dessa det detta dig din ' +
    'dina ditt du där då efter eller en ett er era ert ett för från genom ha hade han hans har hela henne hennes ' +
    'hon hos hur här i icke ingen inom inte jag kan kunde man med mellan men mig min mina mitt mot mycket ni nu ' +
    'när någon något några och om oss på samma sedan sig sin sina sitt själv ska skall skulle som så till under ' +
    'upp ut utan vad var vara varför varit vars vem vi vid vilka vilken vilket vår våra vårt än är åt över'
  ).split(' '),
);
